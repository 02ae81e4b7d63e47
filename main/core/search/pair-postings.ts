/**
 * Which articles hold a rare pair of common terms ("in to verprebepre", "said is the"): a phrase made
 * only of common words has tens of thousands of candidates, and the pair filters (pair-filters.ts)
 * answer them one at a time at ~400 ns each (four cache misses apiece), 10–20 ms for a phrase that
 * few articles hold. Here each such pair, and each three around a short word (term-pairs.ts), keys
 * the list of articles holding it, so those candidates are rejected by a bit test.
 *
 * - **Common terms** are those in at least `commonShare` of the first `sampleArticles` articles
 *   posted (a natural vocabulary's head settles within a few hundred articles). Only keys made of
 *   common terms are listed: a phrase with a rarer word has that word's few articles as candidates.
 * - **Rare keys only:** a key held by more than `rareShare` of the covered articles loses its list
 *   and is marked frequent (its phrase has many hits, which the filters find quickly in rank order).
 * - **Covered articles:** those posted once the common terms were chosen. A covered article that
 *   holds a listed key is in its list; one that holds a key is never absent from the table. An
 *   uncovered article (sampled, or posted before saved lists were restored) is left to the filters.
 * - A changed article is posted again; its old lists keep it, which only costs a filter check.
 *
 * Keys are 32-bit hashes (as the filters'), so two pairs may share a list: a superset, never a miss.
 */
import { fnv1a } from '../string-hash.ts';
import { appendCommonPairKeys } from './term-pairs.ts';
import { HashSet } from './hash-set.ts';
import { IdChunks } from './id-chunks.ts';
import { CoveredIds } from './covered-ids.ts';
import {
  capacityAt,
  emptySlot as empty,
  frequentSlot as frequent,
  keyAt,
  layOutInSlices,
  lengthAt,
  readLayout,
  slotWords,
  startAt,
} from './pair-postings-layout.ts';

/** Articles sampled to choose the common terms. */
export const sampleArticles = 1000;
/** A term held by at least this share of the sampled articles is common. */
export const commonShare = 0.1;
/** A key held by more than this share of the covered articles (and more than `minLimit`) is frequent. */
export const rareShare = 0.005;
const minLimit = 16;
/** What a phrase's keys say: null when nothing (a key not all common, or every key frequent). */
export type PairHolders = ((id: number) => boolean) | null;

export class PairPostings {
  /** Term hash → sampled articles holding it, until the common terms are chosen. */
  #sample: Map<number, number> | null = new Map();
  #sampled = 0;
  /** The common terms' hashes (kept for saving) and their set; null while sampling. */
  #commonList: Uint32Array | null = null;
  #common: HashSet | null = null;
  #covered = new CoveredIds();
  /**
   * The key table, `slotWords` words a slot side by side (one cache line for all of a slot): its key,
   * its list's start in the pool, its length (or `empty`/`frequent`) and its room.
   */
  #table: Uint32Array = new Uint32Array(0);
  #slots = 0;
  #keyCount = 0;
  /** The lists' ids (a list's start in the table is an offset into them). */
  #ids = new IdChunks();
  #keyScratch = new Uint32Array(1024);
  readonly #sampleSize: number;

  /** `sample`: articles sampled to choose the common terms (`sampleArticles`; tests use few). */
  constructor(sample = sampleArticles) {
    this.#sampleSize = Math.max(1, sample);
  }

  /** Whether the common terms are chosen (lists are kept from then on). */
  get chosen(): boolean {
    return this.#common !== null;
  }

  /** Articles covered: their keys are all posted. */
  get covered(): number {
    return this.#covered.size;
  }

  /**
   * Posts article `id`'s keys from its fields' term sequences (a sampled article is not covered);
   * `fieldHashes` are each term's `fnv1a` per field (at least as many as its terms), when the caller
   * has them already.
   */
  post(
    id: number,
    fields: readonly (readonly string[])[],
    fieldHashes: readonly ArrayLike<number>[] = fields.map((terms) => terms.map((term) => fnv1a(term))),
  ): void {
    const common = this.#common;
    if (common === null) {
      this.#sampleTerms(fields, fieldHashes);
      return;
    }
    const room = fields.reduce((sum, terms) => sum + 2 * terms.length, 0);
    if (this.#keyScratch.length < room) this.#keyScratch = new Uint32Array(room * 2);
    let count = 0;
    fields.forEach((terms, at) => {
      count = appendCommonPairKeys(terms, fieldHashes[at] ?? [], common, this.#keyScratch, count);
    });
    const keys = this.#keyScratch;
    this.#covered.add(id);
    const limit = this.#limit();
    // Unsorted: a key repeated in this article finds this id already last in its list (`#append`).
    for (let i = 0; i < count; i += 1) this.#append(keys[i] ?? 0, id, limit);
  }

  /** Forgets that article `id` is covered (its lists may be stale): the filters decide for it. */
  uncover(id: number): void {
    this.#covered.delete(id);
  }

  /**
   * For a phrase's terms (in order, as indexed): a test false for a covered article that cannot hold
   * them, from the shortest list among its keys; null when its keys tell nothing.
   */
  holders(terms: readonly string[]): PairHolders {
    const common = this.#common;
    if (common === null || this.#covered.size === 0) return null;
    const keys = new Uint32Array(2 * terms.length);
    const count = appendCommonPairKeys(
      terms,
      terms.map((term) => fnv1a(term)),
      common,
      keys,
      0,
    );
    let best = -1;
    for (const key of keys.subarray(0, count)) {
      const slot = this.#find(key);
      // No covered article holds this key: only uncovered ones can hold the phrase.
      if (slot < 0) return (id) => !this.#covered.has(id);
      const length = this.#field(slot, lengthAt);
      if (length !== frequent && (best < 0 || length < this.#field(best, lengthAt))) best = slot;
    }
    if (best < 0) return null;
    const start = this.#field(best, startAt);
    const ids = this.#ids.listAt(start, this.#field(best, lengthAt));
    let largest = 0;
    for (const id of ids) if (id > largest) largest = id;
    const bits = new Uint32Array((largest >>> 5) + 1);
    for (const id of ids) bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
    return (id) => !this.#covered.has(id) || ((bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  #limit(): number {
    return Math.max(minLimit, Math.floor(this.#covered.size * rareShare));
  }

  #sampleTerms(fields: readonly (readonly string[])[], fieldHashes: readonly ArrayLike<number>[]): void {
    const sample = this.#sample ?? new Map<number, number>();
    const seen = new Set<number>();
    // A field's hashes may run past its terms (a reused buffer): only its terms' count.
    fields.forEach((terms, at) => {
      const hashes = fieldHashes[at] ?? [];
      for (let i = 0; i < terms.length; i += 1) seen.add(hashes[i] ?? 0);
    });
    for (const hash of seen) sample.set(hash, (sample.get(hash) ?? 0) + 1);
    this.#sampled += 1;
    if (this.#sampled < this.#sampleSize) return;
    const needed = Math.ceil(this.#sampled * commonShare);
    const common = [...sample].filter(([, count]) => count >= needed).map(([hash]) => hash);
    this.#choose(Uint32Array.from(common));
  }

  #choose(common: Uint32Array): void {
    this.#sample = null;
    this.#commonList = common;
    this.#common = new HashSet(common);
    this.#resize(1024);
  }

  #field(slot: number, at: number): number {
    return this.#table[slot * slotWords + at] ?? empty;
  }

  /** The slot holding `key`, or -1. */
  #find(key: number): number {
    const mask = this.#slots - 1;
    if (mask < 0) return -1;
    const table = this.#table;
    let slot = key & mask;
    for (;;) {
      const at = slot * slotWords;
      if ((table[at + lengthAt] ?? empty) === empty) return -1;
      if (table[at + keyAt] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  #append(key: number, id: number, limit: number): void {
    let slot = this.#find(key);
    if (slot < 0) {
      if ((this.#keyCount + 1) * 10 > this.#slots * 8) this.#resize(this.#slots * 2);
      slot = this.#freeSlot(key);
      const at = slot * slotWords;
      this.#table[at + keyAt] = key;
      this.#table[at + lengthAt] = 0;
      this.#table[at + capacityAt] = 0;
      this.#keyCount += 1;
    }
    const at = slot * slotWords;
    const table = this.#table;
    const length = table[at + lengthAt] ?? 0;
    if (length === frequent) return;
    const start = table[at + startAt] ?? 0;
    // The same article posts a key once, however often its text repeats the pair.
    if (length < limit && length < (table[at + capacityAt] ?? 0)) {
      if (this.#ids.appendUnlessLast(start, length, id)) table[at + lengthAt] = length + 1;
      return;
    }
    if (length > 0 && this.#ids.lastOf(start, length) === id) return;
    if (length >= limit) {
      table[at + lengthAt] = frequent;
      return;
    }
    this.#grow(at, length);
    this.#ids.set(table[at + startAt] ?? 0, length, id);
    table[at + lengthAt] = length + 1;
  }

  /** The first empty slot from `key`'s own. */
  #freeSlot(key: number): number {
    const mask = this.#slots - 1;
    let slot = key & mask;
    while ((this.#table[slot * slotWords + lengthAt] ?? empty) !== empty) slot = (slot + 1) & mask;
    return slot;
  }

  /** Moves the full list at table word `at` to fresh room twice its length (its old place is abandoned). */
  #grow(at: number, length: number): void {
    const capacity = Math.max(2, length * 2);
    this.#table[at + startAt] = this.#ids.move(this.#table[at + startAt] ?? 0, length, capacity);
    this.#table[at + capacityAt] = capacity;
  }

  #resize(slots: number): void {
    const old = this.#table;
    this.#table = new Uint32Array(slots * slotWords);
    this.#slots = slots;
    for (let at = lengthAt; at < this.#table.length; at += slotWords) this.#table[at] = empty;
    for (let from = 0; from < old.length; from += slotWords) {
      if ((old[from + lengthAt] ?? empty) === empty) continue;
      const to = this.#freeSlot(old[from + keyAt] ?? 0) * slotWords;
      this.#table.set(old.subarray(from, from + slotWords), to);
    }
  }

  /**
   * The saved layout (pair-postings-layout.ts), built in slices (`pause` between steps), as
   * `Vocabulary.toJSONInSlices`. Empty while sampling (a reopen samples again).
   */
  async layoutInSlices(pause: () => Promise<void>): Promise<Uint32Array> {
    const common = this.#commonList;
    if (common === null) return new Uint32Array(0);
    // The arrays as they are now: a mutation between steps spoils this save (the index drops it),
    // and must not make the copy throw meanwhile.
    const parts = {
      common,
      covered: this.#covered.words,
      table: this.#table,
      slots: this.#slots,
      ids: this.#ids,
    };
    return layOutInSlices(parts, pause);
  }

  /**
   * Takes a saved layout (views, not copies); throws, taking nothing, when it is torn or of another
   * format. The articles in `uncovered` (changed since the save) are left to the filters.
   */
  restore(words: Uint32Array, uncovered: Iterable<number> = []): void {
    if (words.length === 0) return;
    const { common, covered, table, slots, ids, keyCount } = readLayout(words);
    this.#choose(common);
    this.#table = table;
    this.#slots = slots;
    this.#keyCount = keyCount;
    this.#ids = ids;
    this.#covered = new CoveredIds(Uint32Array.from(covered));
    for (const id of uncovered) this.uncover(id);
  }
}
