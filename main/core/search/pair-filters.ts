import { avalanche } from '../string-hash.ts';
import { appendPairHashes } from './term-pairs.ts';

/** Filter bits per adjacent pair: ~2 % of articles without a two-word phrase still pass (measured in docs/benchmarks.md). */
export const defaultBitsPerPair = 8;
/** Probes per pair: the best count for 8 bits per pair is ~5.5. */
const probes = 5;
/** Words of the first chunk of appended filters; each next chunk doubles, up to `maxChunkWords`. */
const firstChunkWords = 1 << 14;
/** Words per chunk at most (16 MB); a larger filter gets a chunk of its own. */
const maxChunkWords = 1 << 22;
/** A location is chunk × 2^32 + offset (exact in a double). */
const chunkScale = 2 ** 32;

/**
 * A pair's first probe, moved by the article's id: articles that share most of their pairs (one
 * site's boilerplate, a wire story in many papers) would otherwise set the same bits and let the
 * same phrase through together, not ~2 % of them at random.
 */
function seeded(first: number, id: number): number {
  return (first ^ avalanche(Math.imul(id + 1, 0x9e3779b1))) >>> 0;
}

/**
 * One Bloom filter per article of the adjacent term pairs in its fields: whether an article may
 * hold a phrase is answered from memory, and an article whose filter lacks a pair of the phrase is
 * rejected without reading its text (most candidates of a phrase of two common words). No false
 * negatives: a pair in the text is always in the filter. Filters are entries `[id, words, ...bits]`
 * appended to chunks (a saved file is one chunk); a changed or removed article's old entry stays
 * until the next save writes only the live ones.
 */
export class PairFilters {
  readonly #bitsPerPair: number;
  readonly #chunks: Uint32Array[] = [];
  /** The chunk being appended to (the last of `#chunks`), and its next free word. */
  #open: Uint32Array | null = null;
  #at = 0;
  /** Per article id: where its entry starts, or -1. */
  #where = new Float64Array(1024).fill(-1);
  /** While saved filters are awaited (`awaitSaved`): the articles added, changed or removed meanwhile. */
  #changedMeanwhile: Set<number> | null = null;
  #arriving: Promise<string | null> | null = null;
  readonly #scratch: number[] = [];

  constructor(bitsPerPair = defaultBitsPerPair) {
    this.#bitsPerPair = bitsPerPair;
  }

  /** Records article `id`'s filter from its fields' term sequences (replacing any earlier one). */
  add(id: number, fields: readonly (readonly string[])[]): void {
    const hashes = this.#scratch;
    hashes.length = 0;
    for (const terms of fields) appendPairHashes(terms, hashes);
    const pairs = hashes.length / 2;
    const words = pairs === 0 ? 0 : Math.ceil((pairs * this.#bitsPerPair) / 32);
    const [chunk, start] = this.#reserve(words + 2);
    chunk[start] = id;
    chunk[start + 1] = words;
    const bits = words * 32;
    for (let p = 0; p < hashes.length; p += 2) {
      const first = seeded(hashes[p] ?? 0, id);
      const step = hashes[p + 1] ?? 0;
      for (let i = 0; i < probes; i += 1) {
        // Kept in 31 bits: a small-integer remainder, not a floating-point one (a third of the cost).
        const bit = ((first + Math.imul(i, step)) & 0x7fffffff) % bits;
        const at = start + 2 + (bit >>> 5);
        chunk[at] = (chunk[at] ?? 0) | (1 << (bit & 31));
      }
    }
    this.remove(id);
    this.#locate(id, (this.#chunks.length - 1) * chunkScale + start);
  }

  /** Forgets article `id`'s filter: it may then hold any phrase (its text decides). */
  remove(id: number): void {
    this.#changedMeanwhile?.add(id);
    this.#where[id] = -1;
  }

  /**
   * Whether article `id` may have every pair of `hashes` (from `appendPairHashes` of a phrase's
   * terms) adjacent in one field; true for an article without a filter.
   */
  mayHold(id: number, hashes: readonly number[]): boolean {
    const where = this.#where[id] ?? -1;
    if (where < 0 || hashes.length === 0) return true;
    const chunk = this.#chunks[Math.floor(where / chunkScale)];
    if (chunk === undefined) return true;
    const start = where % chunkScale;
    const bits = (chunk[start + 1] ?? 0) * 32;
    if (bits === 0) return false;
    for (let p = 0; p < hashes.length; p += 2) {
      const first = seeded(hashes[p] ?? 0, id);
      const step = hashes[p + 1] ?? 0;
      for (let i = 0; i < probes; i += 1) {
        // Kept in 31 bits: a small-integer remainder, not a floating-point one (a third of the cost).
        const bit = ((first + Math.imul(i, step)) & 0x7fffffff) % bits;
        if (((chunk[start + 2 + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) === 0) return false;
      }
    }
    return true;
  }

  /** The live entries as views (runs of adjacent live entries), for a save: nothing is copied. */
  liveRuns(): Uint32Array[] {
    const runs: Uint32Array[] = [];
    this.#chunks.forEach((chunk, c) => {
      const end = chunk === this.#open ? this.#at : chunk.length;
      let runStart = -1;
      for (let at = 0; at < end;) {
        const next = at + 2 + (chunk[at + 1] ?? 0);
        const live = this.#where[chunk[at] ?? 0] === c * chunkScale + at;
        if (live && runStart < 0) runStart = at;
        if (!live && runStart >= 0) {
          runs.push(chunk.subarray(runStart, at));
          runStart = -1;
        }
        at = next;
      }
      if (runStart >= 0) runs.push(chunk.subarray(runStart, end));
    });
    return runs;
  }

  /**
   * Takes saved filters that are still being read (the open does not wait for them): until then each
   * article may hold any phrase, and one added, changed or removed meanwhile keeps its own state.
   * Settles with null once they are in, or why they were not taken (the articles without a filter
   * then have every phrase checked against their text).
   */
  receive(words: Promise<Uint32Array>, indexed: (id: number) => boolean): Promise<string | null> {
    this.#changedMeanwhile = new Set();
    const arriving = words
      .then((saved) => {
        this.restore(saved, indexed);
        return null;
      })
      // A restore that throws has taken nothing: the articles stay as they are.
      .catch((error: unknown) => String(error))
      .finally(() => {
        this.#changedMeanwhile = null;
        this.#arriving = null;
      });
    this.#arriving = arriving;
    return arriving;
  }

  /** The saved filters still being read (see `receive`), or null: a save waits for them. */
  get arriving(): Promise<string | null> | null {
    return this.#arriving;
  }

  /**
   * Takes saved entries (one chunk, not copied); throws, taking none, when they are torn, name an id
   * twice, or name one `indexed` does not hold (a damaged id must not size the location table).
   */
  restore(words: Uint32Array, indexed: (id: number) => boolean): void {
    const meanwhile = this.#changedMeanwhile ?? new Set<number>();
    this.#changedMeanwhile = null;
    const entries: number[] = [];
    const named = new Set<number>();
    for (let at = 0; at < words.length;) {
      const id = words[at] ?? 0;
      const next = at + 2 + (words[at + 1] ?? 0);
      if (next > words.length) throw new RangeError('pair filters are torn');
      if (named.has(id)) throw new RangeError('pair filters name an article twice');
      named.add(id);
      // Changed since the save: its own state wins, and a removed one is rightly not indexed.
      if (!meanwhile.has(id)) {
        if (!indexed(id)) throw new RangeError('pair filters name an article the index does not hold');
        if ((this.#where[id] ?? -1) >= 0) throw new RangeError('pair filters name an article twice');
        entries.push(id, at);
      }
      at = next;
    }
    // The chunk appended to meanwhile keeps only its written part, as a full one does.
    if (this.#open !== null) this.#chunks[this.#chunks.length - 1] = this.#open.subarray(0, this.#at);
    const c = this.#chunks.length;
    this.#chunks.push(words);
    this.#open = null;
    for (let e = 0; e < entries.length; e += 2)
      this.#locate(entries[e] ?? 0, c * chunkScale + (entries[e + 1] ?? 0));
  }

  #locate(id: number, where: number): void {
    if (id >= this.#where.length) {
      const grown = new Float64Array(Math.max(id + 1, this.#where.length * 2)).fill(-1);
      grown.set(this.#where);
      this.#where = grown;
    }
    this.#where[id] = where;
  }

  /** Room for `words` words, zeroed: the open chunk, or a fresh one. */
  #reserve(words: number): [Uint32Array, number] {
    if (this.#open === null || this.#at + words > this.#open.length) {
      // The full chunk keeps only its written part, so a walk over its entries ends there.
      if (this.#open !== null) this.#chunks[this.#chunks.length - 1] = this.#open.subarray(0, this.#at);
      // Small at first: a library of a few articles (and every test) need not zero 16 MB.
      const size = Math.min(maxChunkWords, this.#open === null ? firstChunkWords : this.#open.length * 2);
      this.#open = new Uint32Array(Math.max(size, words));
      this.#chunks.push(this.#open);
      this.#at = 0;
    }
    const start = this.#at;
    this.#at += words;
    return [this.#open, start];
  }
}
