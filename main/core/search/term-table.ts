/**
 * The terms of a rebuild, each with a dense id, in one typed table: a slot holds a term's 96-bit
 * fingerprint, its id, the last article that had it and how many articles have it, side by side in
 * half a cache line. A rebuild asks about every word of every text (~165 million at 100,000
 * articles), and a `Map<string, number>` of two million terms cost ~500 ns a lookup there: the map's
 * entry, the stored string and the per-term arrays were each a cache miss (session 14 profile: 37 % of
 * the build). Here a word costs one miss.
 *
 * Terms are told apart by fingerprint, not by comparing strings (a string compare is the miss this
 * avoids): three independent 32-bit hashes, so two different terms share one with odds of about
 * n² / 2⁹⁷ — 10⁻¹⁷ for a library of two million terms.
 */
import { avalanche } from '../string-hash.ts';

/** Words of a slot: three hashes, id + 1 (0: empty), last article mark, article count, two spare. */
const slotWords = 8;
const idAt = 3;
const lastAt = 4;
const countAt = 5;

/** The table is split by the second hash's top bits into this many shards, each growing alone. */
const shardBits = 6;

export class TermTable {
  readonly #terms: string[] = [];
  /**
   * Shards: a table of two million terms is 128 MB, and doubling it in one piece held the thread for
   * a quarter of a second; a shard grows in a 64th of that.
   */
  readonly #shards: Uint32Array[] = [];
  readonly #taken = new Uint32Array(1 << shardBits);
  // The last fingerprint (three words, kept in fields: returning them would allocate).
  #h1 = 0;
  #h2 = 0;
  #h3 = 0;
  /** The shard of the last `#slotOf`. */
  #shard = 0;

  /** `slots`: each shard's first size (a power of two; tests make it small to make slots collide). */
  constructor(slots = 1 << 10) {
    for (let shard = 0; shard < 1 << shardBits; shard += 1)
      this.#shards.push(new Uint32Array(slots * slotWords));
  }

  /** Distinct terms seen. */
  get size(): number {
    return this.#terms.length;
  }

  /** The terms by id (do not change it). */
  get terms(): readonly string[] {
    return this.#terms;
  }

  /**
   * Notes that article `mark` (non-zero; the caller's article numbering) has `term`; returns the
   * term's id, or -1 when the same article noted it already (it is counted once per article).
   */
  noteIn(term: string, mark: number): number {
    const at = this.#slotOf(term);
    const slots = this.#shards[this.#shard] ?? new Uint32Array(0);
    const id = slots[at + idAt] ?? 0;
    if (id === 0) return this.#insert(term, slots, at, mark);
    if (slots[at + lastAt] === mark) return -1;
    slots[at + lastAt] = mark;
    slots[at + countAt] = (slots[at + countAt] ?? 0) + 1;
    return id - 1;
  }

  /** Whether article `mark` was the last to note `term`. */
  lastNotedBy(term: string, mark: number): boolean {
    const at = this.#slotOf(term);
    const slots = this.#shards[this.#shard];
    return slots !== undefined && slots[at + idAt] !== 0 && slots[at + lastAt] === mark;
  }

  /** The id of `term`, or -1. */
  idOf(term: string): number {
    const at = this.#slotOf(term);
    return (this.#shards[this.#shard]?.[at + idAt] ?? 0) - 1;
  }

  /**
   * How many articles noted each term, by id, a shard per step: the whole table is ~130 MB at
   * 100,000 articles, and reading it at once held the thread a few hundred ms.
   */
  *countsSteps(): Generator<void, Uint32Array> {
    const counts = new Uint32Array(this.#terms.length);
    for (const slots of this.#shards) {
      for (let at = 0; at < slots.length; at += slotWords) {
        const id = slots[at + idAt] ?? 0;
        if (id !== 0) counts[id - 1] = slots[at + countAt] ?? 0;
      }
      yield;
    }
    return counts;
  }

  /** The word offset of `term`'s slot in its shard (`#shard`), or of the empty slot where it would go. */
  #slotOf(term: string): number {
    this.#fingerprint(term);
    const h1 = this.#h1;
    const h2 = this.#h2;
    const h3 = this.#h3;
    this.#shard = h2 >>> (32 - shardBits);
    const slots = this.#shards[this.#shard] ?? new Uint32Array(0);
    const mask = slots.length / slotWords - 1;
    for (let slot = h2 & mask; ; slot = (slot + 1) & mask) {
      const at = slot * slotWords;
      if (slots[at + idAt] === 0) return at;
      if (slots[at] === h1 && slots[at + 1] === h2 && slots[at + 2] === h3) return at;
    }
  }

  #insert(term: string, slots: Uint32Array, at: number, mark: number): number {
    const id = this.#terms.length;
    this.#terms.push(term);
    slots[at] = this.#h1;
    slots[at + 1] = this.#h2;
    slots[at + 2] = this.#h3;
    slots[at + idAt] = id + 1;
    slots[at + lastAt] = mark;
    slots[at + countAt] = 1;
    const shard = this.#shard;
    const taken = (this.#taken[shard] ?? 0) + 1;
    this.#taken[shard] = taken;
    if (taken * 2 * slotWords > slots.length) this.#grow(shard);
    return id;
  }

  /** Twice the shard's slots (at most half are ever taken), each placed again by its second hash. */
  #grow(shard: number): void {
    const old = this.#shards[shard] ?? new Uint32Array(0);
    const slots = new Uint32Array(old.length * 2);
    const mask = slots.length / slotWords - 1;
    for (let from = 0; from < old.length; from += slotWords) {
      if (old[from + idAt] === 0) continue;
      let slot = (old[from + 1] ?? 0) & mask;
      while (slots[slot * slotWords + idAt] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + slotWords), slot * slotWords);
    }
    this.#shards[shard] = slots;
  }

  /**
   * Three hashes of `term` in one pass: FNV-1a, a Murmur-style multiply-xorshift and a
   * multiply-rotate, each from its own seed, the last two finished by Murmur3's finaliser (the
   * second places the slot, so its bits must be well mixed).
   */
  #fingerprint(term: string): void {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    let c = 0x2545f491;
    for (let i = 0; i < term.length; i += 1) {
      const k = term.charCodeAt(i);
      a = Math.imul(a ^ k, 0x01000193);
      b = Math.imul(b ^ k, 0x5bd1e995);
      b ^= b >>> 13;
      c = Math.imul((c + k) | 0, 0x9e3779b1);
      c = (c << 7) | (c >>> 25);
    }
    this.#h1 = a >>> 0;
    this.#h2 = avalanche(b);
    this.#h3 = avalanche(c ^ term.length);
  }
}
