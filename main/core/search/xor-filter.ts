import { avalanche } from '../string-hash.ts';

/**
 * Xor filters (Graf and Lemire, "Xor Filters: Faster and Smaller Than Bloom and Cuckoo Filters",
 * 2020) with 8-bit fingerprints, stored in uint32 words: a set of 32-bit keys is answered with no
 * false negatives and ~0.4 % false positives in ~9.9 bits per key. A Bloom filter of 8 bits per key
 * lets ~2.2 % through, and each key let through costs a phrase check a text read (~50 µs); at
 * 12 bits per key it lets ~0.3 % through but needs a fifth more memory than this.
 *
 * A key's three slots, one in each third of the table, and its fingerprint come from the key mixed
 * with the filter's seed; the table holds bytes such that the three slots of every key xor to its
 * fingerprint. Building "peels" the keys one slot at a time and may fail for one seed (rarely): the
 * builder then tries the next.
 */

/** Words a filter of `keys` distinct keys takes (0 for none). */
export function xorFilterWords(keys: number): number {
  return keys === 0 ? 0 : Math.ceil((Math.floor(1.23 * keys) + 32) / 4);
}

/** Seeds tried before a set is given up on (a try fails with a probability of a few per cent). */
const maxTries = 32;

/**
 * Where a 32-bit hash falls among `count` slots: a multiply and a scale (Lemire's reduction), not a
 * division. The product's rounding error in a double is far below the gap to `count`, so it stays below.
 */
const reduce = (hash: number, count: number): number => Math.floor(hash * count * 2 ** -32);

/** The three slots and fingerprint of one key, written to `out` (a four-number scratch). */
function slotsOf(key: number, seed: number, third: number, out: Int32Array): void {
  const a = avalanche(key ^ seed);
  const b = avalanche(a ^ 0x5bd1e995);
  const c = avalanche(b ^ 0x27d4eb2f);
  out[0] = reduce(a, third);
  out[1] = third + reduce(b, third);
  out[2] = 2 * third + reduce(c, third);
  out[3] = avalanche(c ^ 0x165667b1) & 0xff;
}

const byteAt = (words: Uint32Array, at: number, slot: number): number =>
  ((words[at + (slot >>> 2)] ?? 0) >>> ((slot & 3) << 3)) & 0xff;

/** Slot positions per third of a filter of `size` words (each byte one slot). */
const thirdOf = (size: number): number => Math.floor((size * 4) / 3);

/** The scratch a lookup reads a key's slots into (lookups never nest). */
const lookup = new Int32Array(4);

/** Whether the filter of `size` words at `words[at]`, built with `seed`, may hold `key`. */
export function xorFilterHas(
  words: Uint32Array,
  at: number,
  size: number,
  seed: number,
  key: number,
): boolean {
  slotsOf(key, seed, thirdOf(size), lookup);
  const found =
    byteAt(words, at, lookup[0] ?? 0) ^ byteAt(words, at, lookup[1] ?? 0) ^ byteAt(words, at, lookup[2] ?? 0);
  return found === lookup[3];
}

/** Builds filters one after another, reusing its scratch arrays (an article's are built in a few µs per key). */
export class XorFilterBuilder {
  #slots = new Int32Array(0);
  #fingerprints = new Uint8Array(0);
  #counts = new Uint32Array(0);
  #owners = new Int32Array(0);
  #queue = new Int32Array(0);
  #order = new Int32Array(0);
  #table = new Uint8Array(0);
  readonly #one = new Int32Array(4);

  /**
   * Writes a filter of `keys` (distinct) into `out` at `at` (`xorFilterWords(keys.length)` words,
   * zeroed), trying seeds from `seed` on; returns the seed that worked, or null when none did.
   */
  build(keys: Uint32Array, seed: number, out: Uint32Array, at: number): number | null {
    const n = keys.length;
    const size = xorFilterWords(n);
    if (n === 0) return seed;
    this.#grow(n, size * 4);
    for (let t = 0; t < maxTries; t += 1) {
      const trySeed = (seed + Math.imul(t, 0x9e3779b9)) >>> 0;
      if (this.#peel(keys, trySeed, size)) {
        this.#assign(n, size, out, at);
        return trySeed;
      }
    }
    return null;
  }

  #grow(keys: number, bytes: number): void {
    if (this.#fingerprints.length < keys) {
      this.#slots = new Int32Array(keys * 3);
      this.#fingerprints = new Uint8Array(keys);
      this.#order = new Int32Array(keys * 2);
    }
    if (this.#counts.length < bytes) {
      this.#counts = new Uint32Array(bytes);
      this.#owners = new Int32Array(bytes);
      this.#queue = new Int32Array(bytes);
      this.#table = new Uint8Array(bytes);
    }
  }

  /** Orders the keys so each has a slot no later key touches (in `#order`); false when some cannot be. */
  #peel(keys: Uint32Array, seed: number, size: number): boolean {
    const n = keys.length;
    const third = thirdOf(size);
    const slots = this.#slots;
    const counts = this.#counts;
    const owners = this.#owners;
    const one = this.#one;
    counts.fill(0, 0, third * 3);
    owners.fill(0, 0, third * 3);
    for (let k = 0; k < n; k += 1) {
      slotsOf(keys[k] ?? 0, seed, third, one);
      for (let j = 0; j < 3; j += 1) {
        const slot = one[j] ?? 0;
        slots[k * 3 + j] = slot;
        counts[slot] = (counts[slot] ?? 0) + 1;
        owners[slot] = (owners[slot] ?? 0) ^ k;
      }
      this.#fingerprints[k] = one[3] ?? 0;
    }
    const queue = this.#queue;
    let queued = 0;
    for (let slot = 0; slot < third * 3; slot += 1) if (counts[slot] === 1) queue[queued++] = slot;
    let peeled = 0;
    while (queued > 0) {
      const slot = queue[--queued] ?? 0;
      if (counts[slot] !== 1) continue;
      const k = owners[slot] ?? 0;
      this.#order[peeled * 2] = k;
      this.#order[peeled * 2 + 1] = slot;
      peeled += 1;
      for (let j = 0; j < 3; j += 1) {
        const other = slots[k * 3 + j] ?? 0;
        counts[other] = (counts[other] ?? 0) - 1;
        owners[other] = (owners[other] ?? 0) ^ k;
        if (counts[other] === 1) queue[queued++] = other;
      }
    }
    return peeled === n;
  }

  /** Fills the table in reverse peeling order, so each key's own slot makes its three xor to its fingerprint. */
  #assign(n: number, size: number, out: Uint32Array, at: number): void {
    const table = this.#table;
    table.fill(0, 0, size * 4);
    for (let p = n - 1; p >= 0; p -= 1) {
      const k = this.#order[p * 2] ?? 0;
      const own = this.#order[p * 2 + 1] ?? 0;
      const s = k * 3;
      table[own] =
        (this.#fingerprints[k] ?? 0) ^
        (table[this.#slots[s] ?? 0] ?? 0) ^
        (table[this.#slots[s + 1] ?? 0] ?? 0) ^
        (table[this.#slots[s + 2] ?? 0] ?? 0);
    }
    // Packed byte by byte, so the words mean the same on any byte order.
    for (let w = 0; w < size; w += 1) {
      const b = w * 4;
      out[at + w] =
        ((table[b] ?? 0) |
          ((table[b + 1] ?? 0) << 8) |
          ((table[b + 2] ?? 0) << 16) |
          ((table[b + 3] ?? 0) << 24)) >>>
        0;
    }
  }
}
