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

/** Articles sampled to choose the common terms. */
export const sampleArticles = 1000;
/** A term held by at least this share of the sampled articles is common. */
export const commonShare = 0.1;
/** A key held by more than this share of the covered articles (and more than `minLimit`) is frequent. */
export const rareShare = 0.005;
const minLimit = 16;
/** The saved layout's version (first word). */
export const pairPostingsFormat = 1;

/** A table slot's length when it holds no key, and when its key is frequent (no list). */
const empty = 0xfffffffe;
const frequent = 0xffffffff;
/** Table slots or list words a save handles between two yields. */
const stepWords = 65_536;
/** Words before the arrays of the saved layout: format, common terms, covered words, table size, pool words. */
const headerWords = 5;

/** An open-addressing set of 32-bit term hashes (a slot is used when `used` says so: 0 is a hash too). */
class HashSet {
  readonly #values: Uint32Array;
  readonly #used: Uint8Array;
  readonly #mask: number;

  constructor(values: ArrayLike<number>) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(8, values.length * 2)));
    this.#values = new Uint32Array(size);
    this.#used = new Uint8Array(size);
    this.#mask = size - 1;
    for (let i = 0; i < values.length; i += 1) this.#insert(values[i] ?? 0);
  }

  #insert(value: number): void {
    let slot = value & this.#mask;
    while (this.#used[slot] === 1 && this.#values[slot] !== value) slot = (slot + 1) & this.#mask;
    this.#used[slot] = 1;
    this.#values[slot] = value;
  }

  has(value: number): boolean {
    let slot = value & this.#mask;
    while (this.#used[slot] === 1) {
      if (this.#values[slot] === value) return true;
      slot = (slot + 1) & this.#mask;
    }
    return false;
  }
}

/** What a phrase's keys say: null when nothing (a key not all common, or every key frequent). */
export type PairHolders = ((id: number) => boolean) | null;

export class PairPostings {
  /** Term hash → sampled articles holding it, until the common terms are chosen. */
  #sample: Map<number, number> | null = new Map();
  #sampled = 0;
  /** The common terms' hashes (kept for saving) and their set; null while sampling. */
  #commonList: Uint32Array | null = null;
  #common: HashSet | null = null;
  #covered = new Uint32Array(1024);
  #coveredCount = 0;
  /** The key table: each slot's key, its list's start in the pool, length (or `empty`/`frequent`) and room. */
  #keys: Uint32Array = new Uint32Array(0);
  #starts: Uint32Array = new Uint32Array(0);
  #lengths: Uint32Array = new Uint32Array(0);
  #capacities = new Uint32Array(0);
  #keyCount = 0;
  #pool: Uint32Array = new Uint32Array(1024);
  #poolEnd = 0;
  /** Pool words of lists alive (saved), as against abandoned ones. */
  #live = 0;
  readonly #scratch: number[] = [];
  #sorted = new Uint32Array(1024);
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
    return this.#coveredCount;
  }

  /**
   * Posts article `id`'s keys from its fields' term sequences (a sampled article is not covered);
   * `fieldHashes` are each term's `fnv1a` per field, when the caller has them already.
   */
  post(
    id: number,
    fields: readonly (readonly string[])[],
    fieldHashes: readonly ArrayLike<number>[] = fields.map((terms) => terms.map((term) => fnv1a(term))),
  ): void {
    const common = this.#common;
    if (common === null) {
      this.#sampleTerms(fieldHashes);
      return;
    }
    const keys = this.#scratch;
    keys.length = 0;
    fields.forEach((terms, at) => {
      appendCommonPairKeys(terms, fieldHashes[at] ?? [], common, keys);
    });
    if (this.#sorted.length < keys.length) this.#sorted = new Uint32Array(keys.length * 2);
    const sorted = this.#sorted.subarray(0, keys.length);
    sorted.set(keys);
    sorted.sort();
    this.#cover(id);
    const limit = this.#limit();
    for (let i = 0; i < sorted.length; i += 1) {
      const key = sorted[i] ?? 0;
      if (i === 0 || key !== sorted[i - 1]) this.#append(key, id, limit);
    }
  }

  /** Forgets that article `id` is covered (its lists may be stale): the filters decide for it. */
  uncover(id: number): void {
    const word = id >>> 5;
    const bit = 1 << (id & 31);
    if (word < this.#covered.length && ((this.#covered[word] ?? 0) & bit) !== 0) {
      this.#covered[word] = (this.#covered[word] ?? 0) & ~bit;
      this.#coveredCount -= 1;
    }
  }

  /**
   * For a phrase's terms (in order, as indexed): a test false for a covered article that cannot hold
   * them, from the shortest list among its keys; null when its keys tell nothing.
   */
  holders(terms: readonly string[]): PairHolders {
    const common = this.#common;
    if (common === null || this.#coveredCount === 0) return null;
    const keys: number[] = [];
    appendCommonPairKeys(
      terms,
      terms.map((term) => fnv1a(term)),
      common,
      keys,
    );
    let best = -1;
    for (const key of keys) {
      const slot = this.#find(key);
      // No covered article holds this key: only uncovered ones can hold the phrase.
      if (slot < 0) return (id) => !this.#isCovered(id);
      const length = this.#lengths[slot] ?? frequent;
      if (length !== frequent && (best < 0 || length < (this.#lengths[best] ?? 0))) best = slot;
    }
    if (best < 0) return null;
    const start = this.#starts[best] ?? 0;
    const ids = this.#pool.subarray(start, start + (this.#lengths[best] ?? 0));
    let largest = 0;
    for (const id of ids) if (id > largest) largest = id;
    const bits = new Uint32Array((largest >>> 5) + 1);
    for (const id of ids) bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
    return (id) => !this.#isCovered(id) || ((bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  #isCovered(id: number): boolean {
    return ((this.#covered[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  #cover(id: number): void {
    const word = id >>> 5;
    if (word >= this.#covered.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.#covered.length * 2));
      grown.set(this.#covered);
      this.#covered = grown;
    }
    const bit = 1 << (id & 31);
    if (((this.#covered[word] ?? 0) & bit) === 0) this.#coveredCount += 1;
    this.#covered[word] = (this.#covered[word] ?? 0) | bit;
  }

  #limit(): number {
    return Math.max(minLimit, Math.floor(this.#coveredCount * rareShare));
  }

  #sampleTerms(fieldHashes: readonly ArrayLike<number>[]): void {
    const sample = this.#sample ?? new Map<number, number>();
    const seen = new Set<number>();
    for (const hashes of fieldHashes) for (let i = 0; i < hashes.length; i += 1) seen.add(hashes[i] ?? 0);
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

  /** The slot holding `key`, or -1. */
  #find(key: number): number {
    const mask = this.#keys.length - 1;
    if (mask < 0) return -1;
    let slot = key & mask;
    for (;;) {
      const length = this.#lengths[slot] ?? empty;
      if (length === empty) return -1;
      if (this.#keys[slot] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  #append(key: number, id: number, limit: number): void {
    let slot = this.#find(key);
    if (slot < 0) {
      if ((this.#keyCount + 1) * 10 > this.#keys.length * 8) this.#resize(this.#keys.length * 2);
      const mask = this.#keys.length - 1;
      slot = key & mask;
      while ((this.#lengths[slot] ?? empty) !== empty) slot = (slot + 1) & mask;
      this.#keys[slot] = key;
      this.#lengths[slot] = 0;
      this.#capacities[slot] = 0;
      this.#keyCount += 1;
    }
    const length = this.#lengths[slot] ?? 0;
    if (length === frequent) return;
    if (length >= limit) {
      this.#lengths[slot] = frequent;
      this.#live -= length;
      return;
    }
    if (length === (this.#capacities[slot] ?? 0)) this.#grow(slot, length);
    this.#pool[(this.#starts[slot] ?? 0) + length] = id;
    this.#lengths[slot] = length + 1;
    this.#live += 1;
  }

  /** Moves a full list to the pool's end with twice the room (the old place is abandoned until a save compacts). */
  #grow(slot: number, length: number): void {
    const capacity = Math.max(2, length * 2);
    if (this.#poolEnd + capacity > this.#pool.length) {
      if (this.#poolEnd - this.#live > this.#live) this.#compact();
      if (this.#poolEnd + capacity > this.#pool.length) {
        const grown = new Uint32Array(Math.max(this.#poolEnd + capacity, this.#pool.length * 2));
        grown.set(this.#pool.subarray(0, this.#poolEnd));
        this.#pool = grown;
      }
    }
    const start = this.#starts[slot] ?? 0;
    this.#pool.copyWithin(this.#poolEnd, start, start + length);
    this.#starts[slot] = this.#poolEnd;
    this.#capacities[slot] = capacity;
    this.#poolEnd += capacity;
  }

  /** Rewrites the pool with the live lists only, each with no spare room. */
  #compact(): void {
    const pool = new Uint32Array(Math.max(1024, this.#live * 2));
    let end = 0;
    for (let slot = 0; slot < this.#keys.length; slot += 1) {
      const length = this.#lengths[slot] ?? empty;
      if (length === empty || length === frequent) continue;
      const start = this.#starts[slot] ?? 0;
      pool.set(this.#pool.subarray(start, start + length), end);
      this.#starts[slot] = end;
      this.#capacities[slot] = length;
      end += length;
    }
    this.#pool = pool;
    this.#poolEnd = end;
  }

  #resize(size: number): void {
    const [keys, starts, lengths, capacities] = [this.#keys, this.#starts, this.#lengths, this.#capacities];
    this.#keys = new Uint32Array(size);
    this.#starts = new Uint32Array(size);
    this.#lengths = new Uint32Array(size).fill(empty);
    this.#capacities = new Uint32Array(size);
    const mask = size - 1;
    for (let old = 0; old < keys.length; old += 1) {
      const length = lengths[old] ?? empty;
      if (length === empty) continue;
      const key = keys[old] ?? 0;
      let slot = key & mask;
      while ((this.#lengths[slot] ?? empty) !== empty) slot = (slot + 1) & mask;
      this.#keys[slot] = key;
      this.#starts[slot] = starts[old] ?? 0;
      this.#lengths[slot] = length;
      this.#capacities[slot] = capacities[old] ?? 0;
    }
  }

  /**
   * The saved layout, compacted: format, common count, covered words, table size, pool words, then
   * the common hashes, the covered bits, the table's keys, starts and lengths, and the pool. Empty
   * while sampling (a reopen samples again). Built in steps (`yield` after at most `stepWords` slots or words).
   */
  *saveSteps(): Generator<void, Uint32Array> {
    const common = this.#commonList;
    if (common === null) return new Uint32Array(0);
    // The arrays as they are now: a mutation between steps spoils this save (the index drops it),
    // and must not make the copy throw meanwhile.
    const [keys, starts, lengths, pool, covered] = [
      this.#keys,
      this.#starts,
      this.#lengths,
      this.#pool,
      this.#covered,
    ];
    const size = keys.length;
    // Every step copies or counts at most `stepWords` slots or words, so no step holds the thread long
    // (at 100,000 articles the table has 2^21 slots and the lists ~14 million ids).
    let poolWords = 0;
    for (let slot = 0; slot < size; slot += 1) {
      const length = lengths[slot] ?? empty;
      if (length !== empty && length !== frequent) poolWords += length;
      if (slot % stepWords === stepWords - 1) yield;
    }
    const out = new Uint32Array(headerWords + common.length + covered.length + 3 * size + poolWords);
    out.set([pairPostingsFormat, common.length, covered.length, size, poolWords]);
    let at = headerWords;
    out.set(common, at);
    at += common.length;
    out.set(covered, at);
    at += covered.length;
    const keysAt = at;
    const startsAt = keysAt + size;
    const lengthsAt = startsAt + size;
    const poolStart = lengthsAt + size;
    for (let from = 0; from < size; from += stepWords) {
      out.set(keys.subarray(from, from + stepWords), keysAt + from);
      out.set(lengths.subarray(from, from + stepWords), lengthsAt + from);
      yield;
    }
    let poolAt = poolStart;
    let copied = 0;
    for (let slot = 0; slot < size; slot += 1) {
      const length = lengths[slot] ?? empty;
      if (length === empty || length === frequent) continue;
      if (poolAt + length > out.length) break;
      const start = starts[slot] ?? 0;
      out.set(pool.subarray(start, start + length), poolAt);
      out[startsAt + slot] = poolAt - poolStart;
      poolAt += length;
      copied += length + 1;
      if (copied > stepWords) {
        copied = 0;
        yield;
      }
    }
    return out;
  }

  /**
   * Takes a saved layout (views, not copies); throws, taking nothing, when it is torn or of another
   * format. The articles in `uncovered` (changed since the save) are left to the filters.
   */
  restore(words: Uint32Array, uncovered: Iterable<number> = []): void {
    if (words.length === 0) return;
    if (words.length < headerWords || words[0] !== pairPostingsFormat)
      throw new RangeError('pair postings are of another format');
    const [commonCount, coveredWords, size, poolWords] = [words[1], words[2], words[3], words[4]].map(
      (w) => w ?? 0,
    ) as [number, number, number, number];
    let at = headerWords;
    const take = (count: number): Uint32Array => {
      if (at + count > words.length) throw new RangeError('pair postings are torn');
      const part = words.subarray(at, at + count);
      at += count;
      return part;
    };
    if (size === 0 || (size & (size - 1)) !== 0) throw new RangeError('pair postings are torn');
    const common = take(commonCount);
    const covered = take(coveredWords);
    const keys = take(size);
    const starts = take(size);
    const lengths = take(size);
    const pool = take(poolWords);
    if (at !== words.length) throw new RangeError('pair postings are torn');
    let keyCount = 0;
    for (let slot = 0; slot < size; slot += 1) {
      const length = lengths[slot] ?? empty;
      if (length === empty) continue;
      keyCount += 1;
      if (length !== frequent && (starts[slot] ?? 0) + length > poolWords)
        throw new RangeError('pair postings are torn');
    }
    if (keyCount * 10 > size * 9) throw new RangeError('pair postings are torn');
    this.#choose(common);
    this.#keys = keys;
    this.#starts = starts;
    this.#lengths = lengths;
    // Full: a list's next id moves it to the pool's end.
    this.#capacities = new Uint32Array(size);
    for (let slot = 0; slot < size; slot += 1) {
      const length = lengths[slot] ?? empty;
      if (length !== empty && length !== frequent) this.#capacities[slot] = length;
    }
    this.#keyCount = keyCount;
    this.#pool = pool;
    this.#poolEnd = poolWords;
    this.#live = poolWords;
    this.#covered = Uint32Array.from(covered);
    this.#coveredCount = 0;
    for (const word of covered) this.#coveredCount += popCount(word);
    for (const id of uncovered) this.uncover(id);
  }
}

function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
