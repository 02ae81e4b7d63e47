/**
 * Hashes of adjacent term pairs, for the per-article pair filters that let a phrase check skip
 * articles whose text cannot hold the phrase. Both sides hash the index encoder's own term
 * sequence (the article's fields when indexed, the phrase when queried), so a phrase found in the
 * text always has every one of its pairs in the article's filter.
 */

import { avalanche, fnv1a } from '../string-hash.ts';
import { hasCjk } from './fold-text.ts';

/** The first hash of the pair (first, second): where a filter's probes start. */
export function pairStart(first: number, second: number): number {
  return avalanche(Math.imul(first, 0x9e3779b1) ^ second);
}

/** The second hash, from the first: the step between probes (odd, so probes never repeat within a power of two). */
export function pairStep(start: number): number {
  return (avalanche(start ^ 0x5bd1e995) | 1) >>> 0;
}

/**
 * The pair hashes of one term sequence, two numbers per adjacent pair, appended to `out`
 * (a phrase of one term has none).
 */
export function appendPairHashes(terms: readonly string[], out: number[]): void {
  let previous = terms.length > 0 ? fnv1a(terms[0] ?? '') : 0;
  for (let i = 1; i < terms.length; i += 1) {
    const next = fnv1a(terms[i] ?? '');
    const start = pairStart(previous, next);
    out.push(start, pairStep(start));
    previous = next;
  }
}

/**
 * The pair hashes a phrase check asks an article's filter about: the encoder's terms of the phrase.
 * None for CJK, which the index holds as bigrams but a phrase check reads character by character.
 */
export function phrasePairHashes(phrase: string, encode: (text: string) => string[]): number[] {
  const hashes: number[] = [];
  if (!hasCjk(phrase)) appendPairHashes(encode(phrase), hashes);
  return hashes;
}
