/** The shortest word that gets typo suggestions. */
export const minTypoLength = 5;

/** One length's terms: masks and frequencies side by side in typed arrays, for a tight scan. */
interface Bucket {
  readonly terms: string[];
  readonly masks: number[];
  readonly frequencies: number[];
}

/** Edits allowed: 1 for 5–7 letters, 2 for 8 or more. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Which letters a word has, as bits: a–z one each, any other character by its code modulo 32 (the
 * Cyrillic а–я and Greek α–ω runs then get a bit per letter too). Any letter-to-bit map keeps the
 * rule sound — one edit changes at most two bits — a finer one just rules out more terms.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : code % 32);
  }
  return mask;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment) between `a` and `b`, or `limit + 1` as
 * soon as it is sure to exceed `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop early.
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Finds the closest known term to a misspelled word. Terms are bucketed by length, and a letter
 * mask rules out most of a bucket before any edit distance is computed: one edit changes at most
 * two letters' presence, so a term differing in more than 2×edits letters cannot be close.
 */
export class SpellingSuggester {
  readonly #buckets = new Map<number, Bucket>();

  constructor(frequencies: Iterable<[string, number]> = []) {
    for (const [term, frequency] of frequencies) this.#add(term, frequency);
  }

  /**
   * Builds a suggester a slice of terms at a time, handing the event loop back in between (one
   * build of 500k terms blocks for ~0.4 s), for building ahead at idle.
   */
  static async inSlices(
    frequencies: Iterable<[string, number]>,
    yieldBetween: () => Promise<void>,
    slice = 20_000,
  ): Promise<SpellingSuggester> {
    const suggester = new SpellingSuggester();
    let count = 0;
    for (const [term, frequency] of frequencies) {
      suggester.#add(term, frequency);
      count += 1;
      if (count % slice === 0) await yieldBetween();
    }
    return suggester;
  }

  #add(term: string, frequency: number): void {
    if (term.length < minTypoLength - 2) return;
    let bucket = this.#buckets.get(term.length);
    if (bucket === undefined) {
      bucket = { terms: [], masks: [], frequencies: [] };
      this.#buckets.set(term.length, bucket);
    }
    bucket.terms.push(term);
    bucket.masks.push(letterMask(term));
    bucket.frequencies.push(frequency);
  }

  /** The closest term within the allowed edits (fewest edits, then most frequent), or null. */
  suggest(word: string): string | null {
    if (word.length < minTypoLength) return null;
    const limit = maxEdits(word.length);
    const mask = letterMask(word);
    let best: string | null = null;
    let bestDistance = limit + 1;
    let bestFrequency = -1;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      const bucket = this.#buckets.get(length);
      if (bucket === undefined) continue;
      const { terms, masks, frequencies } = bucket;
      for (let i = 0; i < terms.length; i += 1) {
        if (popcount((masks[i] ?? 0) ^ mask) > 2 * limit) continue;
        const term = terms[i] ?? '';
        if (term === word) continue;
        const distance = boundedEditDistance(word, term, Math.min(limit, bestDistance));
        const frequency = frequencies[i] ?? 0;
        if (
          distance < bestDistance ||
          (distance === bestDistance && distance <= limit && frequency > bestFrequency)
        ) {
          best = term;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    return bestDistance <= limit ? best : null;
  }
}
