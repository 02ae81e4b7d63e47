/**
 * Hashes of adjacent term pairs, for the per-article pair filters that let a phrase check skip
 * articles whose text cannot hold the phrase. Both sides hash the same term sequence
 * (`encodeSequence`: the article's fields when indexed, the phrase when queried), so a phrase found
 * in the text always has every one of its pairs in the article's filter.
 *
 * Around a short word ("in to verprebepre", "said is the") the three terms are hashed as one key
 * too: both pairs of such a phrase are common, and only the three words together tell the articles
 * holding it from the hundreds that hold its two pairs apart. The short word itself is part of the
 * key: "in at kirkwall" must not vouch for "in to kirkwall", nor "aisément de la" for "aisément de de".
 */

import { avalanche, fnv1a } from '../string-hash.ts';
import { hasCjk } from './fold-text.ts';
import { encodeSequence } from './terms.ts';

/** The key of the pair (first, second) in a filter: a term hash may be a pair key itself, making a key of three. */
function pairKey(first: number, second: number): number {
  return avalanche(Math.imul(first, 0x9e3779b1) ^ second);
}

/** Terms this short (function words mostly) form a key with the terms either side of them too. */
export const shortTermLength = 3;

/** Keeps a key of three terms apart from any key of two. */
const skipSalt = 0x2545f491;

/**
 * The pair hashes of one term sequence, one per adjacent pair and one per three terms around a short
 * term, appended to `out` (the threes to `threes` when given; a phrase of one term has none).
 */
export function appendPairHashes(terms: readonly string[], out: number[], threes = out): void {
  appendPairHashesOf(
    terms,
    terms.map((term) => fnv1a(term)),
    out,
    threes,
  );
}

/** `appendPairHashes` from each term's `fnv1a`, given (the pair postings key the same hashes). */
export function appendPairHashesOf(
  terms: readonly string[],
  termHashes: ArrayLike<number>,
  out: number[],
  threes = out,
): void {
  let previous = termHashes[0] ?? 0;
  let beforePrevious = 0;
  for (let i = 1; i < terms.length; i += 1) {
    const next = termHashes[i] ?? 0;
    const start = pairKey(previous, next);
    out.push(start);
    if (i >= 2 && (terms[i - 1]?.length ?? 0) <= shortTermLength) {
      const around = pairKey(pairKey(beforePrevious ^ skipSalt, previous), next);
      threes.push(around);
    }
    beforePrevious = previous;
    previous = next;
  }
}

/**
 * The keys of `appendPairHashes` (the same hashes) whose terms are all in `common` (by each term's
 * `fnv1a`, given in `termHashes`), written to `out` from `count` (which must have room for two keys a
 * term); returns the new count. Typed, not pushed: most keys are above 2^31, a heap number each in an array.
 */
export function appendCommonPairKeys(
  terms: readonly string[],
  termHashes: ArrayLike<number>,
  common: { has(termHash: number): boolean },
  out: Uint32Array,
  count: number,
): number {
  let at = count;
  let previous = 0;
  let previousCommon = false;
  let beforePrevious = 0;
  let beforePreviousCommon = false;
  for (let i = 0; i < terms.length; i += 1) {
    const next = termHashes[i] ?? 0;
    const nextCommon = common.has(next);
    if (i >= 1 && previousCommon && nextCommon) {
      out[at++] = pairKey(previous, next);
      if (i >= 2 && beforePreviousCommon && (terms[i - 1]?.length ?? 0) <= shortTermLength)
        out[at++] = pairKey(pairKey(beforePrevious ^ skipSalt, previous), next);
    }
    beforePrevious = previous;
    beforePreviousCommon = previousCommon;
    previous = next;
    previousCommon = nextCommon;
  }
  return at;
}

/** The term sequences an article's pair filter is made from: its title, byline, site and body (`body`: already encoded). */
export function pairFieldSequences(
  article: { readonly title: string; readonly byline: string; readonly siteName: string },
  body: string[],
): string[][] {
  return [...[article.title, article.byline, article.siteName].map(encodeSequence), body];
}

/**
 * The pair hashes a phrase check asks an article's filter about: the phrase's terms in order, as the
 * article's were taken (`encodeSequence`). None for CJK, which the index holds as bigrams but a phrase
 * check reads character by character.
 */
export function phrasePairHashes(phrase: string): number[] {
  if (hasCjk(phrase)) return [];
  const pairs: number[] = [];
  const threes: number[] = [];
  appendPairHashes(encodeSequence(phrase), pairs, threes);
  // Asked first: three words together reject most candidates at once, where a pair of two short
  // words ("in to") passes nearly every one and costs a second lookup.
  return [...threes, ...pairs];
}
