/** Article ids fit in 23 bits of a sort key; the rest of the 53 holds the ordering value. */
const idSpace = 2 ** 23;
/** Scores are kept to 1/65,536, which no ranking tie-break needs finer. */
const scoreScale = 2 ** 16;
const maxValue = 2 ** 29 - 1;

/** A key ordering by score, then by id (newer first), descending. */
export function scoreKey(score: number, id: number): number {
  const value = Math.min(maxValue, Math.max(0, Math.round(score * scoreScale)));
  return value * idSpace + id;
}

/** A key ordering by a time (minutes, ~1460–2480 AD), then by id, descending. */
export function timeKey(epochMs: number, id: number): number {
  const minutes = Math.floor(epochMs / 60_000) + 2 ** 28;
  return Math.min(maxValue, Math.max(0, minutes)) * idSpace + id;
}

/** The id a key was made for. */
export function keyId(key: number): number {
  return key - Math.floor(key / idSpace) * idSpace;
}

/** Ids must fit the keys: the largest id a key can carry. */
export const maxKeyedId = idSpace - 1;

/**
 * Keys in descending order, sorted only as far as they are read: a page of hits out of 100,000
 * candidates costs a linear selection and a small sort, not a full sort.
 */
export class DescendingKeys {
  readonly #keys: Float64Array;
  /** keys[0, sorted) are the largest, in descending order. */
  #sorted = 0;

  constructor(keys: Float64Array) {
    this.#keys = keys;
  }

  get length(): number {
    return this.#keys.length;
  }

  /** The key at `rank` (0 = largest), or undefined past the end. */
  at(rank: number): number | undefined {
    if (rank >= this.#keys.length) return undefined;
    while (rank >= this.#sorted) this.#extend();
    return this.#keys[rank];
  }

  #extend(): void {
    const keys = this.#keys;
    const from = this.#sorted;
    const to = Math.min(keys.length, from + Math.max(64, from));
    if (to < keys.length) selectLargest(keys, from, keys.length - 1, to - from);
    keys.subarray(from, to).sort().reverse();
    this.#sorted = to;
  }
}

/** Moves the `count` largest of keys[low..high] to keys[low, low + count) (in any order). */
function selectLargest(keys: Float64Array, low: number, high: number, count: number): void {
  const target = low + count - 1;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const pivot = medianOfThree(keys[lo] ?? 0, keys[(lo + hi) >>> 1] ?? 0, keys[hi] ?? 0);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((keys[i] ?? 0) > pivot) i += 1;
      while ((keys[j] ?? 0) < pivot) j -= 1;
      if (i <= j) {
        const swap = keys[i] ?? 0;
        keys[i] = keys[j] ?? 0;
        keys[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a > b) return b > c ? b : a > c ? c : a;
  return a > c ? a : b > c ? c : b;
}
