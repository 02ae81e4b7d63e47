/**
 * Hashes of adjacent term pairs, for the per-article pair filters that let a phrase check skip
 * articles whose text cannot hold the phrase. Both sides hash the index encoder's own term
 * sequence (the article's fields when indexed, the phrase when queried), so a phrase found in the
 * text always has every one of its pairs in the article's filter.
 */

/** A 32-bit FNV-1a hash of a term's UTF-16 code units. */
export function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i += 1) {
    hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads every input bit over the output. */
export function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The first hash of the pair (first, second): where a filter's probes start. */
export function pairStart(first: number, second: number): number {
  return mix(Math.imul(first, 0x9e3779b1) ^ second);
}

/** The second hash, from the first: the step between probes (odd, so probes never repeat within a power of two). */
export function pairStep(start: number): number {
  return (mix(start ^ 0x5bd1e995) | 1) >>> 0;
}

/**
 * The pair hashes of one term sequence, two numbers per adjacent pair, appended to `out`
 * (a phrase of one term has none).
 */
export function appendPairHashes(terms: readonly string[], out: number[]): void {
  let previous = terms.length > 0 ? termHash(terms[0] ?? '') : 0;
  for (let i = 1; i < terms.length; i += 1) {
    const next = termHash(terms[i] ?? '');
    const start = pairStart(previous, next);
    out.push(start, pairStep(start));
    previous = next;
  }
}
