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

/** The distance table's last three rows, reused across calls: a typo query compares thousands of terms. */
let rows = new Int32Array(96);

/**
 * Damerau-Levenshtein distance (optimal string alignment) between `a` and `b`, or `limit + 1` as
 * soon as it is sure to exceed `limit`. Only the band of cells within `limit` of the diagonal is
 * computed (a cell further off costs more than `limit` edits); the cells just outside it are held
 * at `limit + 1`, which is all the band's next row needs to know of them.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  const width = m + 2;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= m; j += 1) rows[previous + j] = j;
  rows[previous + m + 1] = over;
  for (let i = 1; i <= n; i += 1) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    rows[current] = i;
    rows[current + from - 1] = from === 1 ? i : over;
    rows[current + to + 1] = over;
    // Every later row is at least this row's minimum: stop early (a transposition reaches back two
    // rows, but to a cell at most one edit below a cell of this row).
    let rowMin = i;
    for (let j = from; j <= to; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = (rows[previous + j - 1] ?? 0) + (ai === bj ? 0 : 1);
      const up = (rows[previous + j] ?? 0) + 1;
      if (up < value) value = up;
      const left = (rows[current + j - 1] ?? 0) + 1;
      if (left < value) value = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swapped = (rows[before + j - 2] ?? 0) + 1;
        if (swapped < value) value = swapped;
      }
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(rows[previous + m] ?? over, over);
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
