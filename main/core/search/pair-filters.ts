import { avalanche, fnv1a } from '../string-hash.ts';
import { PairPostings, type PairHolders } from './pair-postings.ts';
import { appendPairHashesOf } from './term-pairs.ts';
import { XorFilterBuilder, xorFilterHas, xorFilterWords } from './xor-filter.ts';

/** Words before an entry's filter: the article's id, the filter's size in words, its seed. */
const headerWords = 3;
/** Words of the first chunk of appended filters; each next chunk doubles, up to `maxChunkWords`. */
const firstChunkWords = 1 << 14;
/** Words per chunk at most (16 MB); a larger filter gets a chunk of its own. */
const maxChunkWords = 1 << 22;
/** Numbers per article in the table of where filters are: chunk, offset, words, seed. */
const stride = 4;
/** The chunk of an article without a filter. */
const none = 0xffffffff;

/**
 * A filter's first seed, from the article's id: articles that share most of their pairs (one site's
 * boilerplate, a wire story in many papers) would otherwise let the same phrase through together,
 * not ~0.4 % of them at random.
 */
const seedOf = (id: number): number => avalanche(Math.imul(id + 1, 0x9e3779b1));

/** Saved pair filters (entries, see `PairFilters`) and pair postings (pair-postings.ts). */
export interface SavedPairs {
  /** One chunk (a saved file) or several (filters made on a worker, passed over without a copy). */
  readonly filters: Uint32Array | readonly Uint32Array[];
  readonly postings: Uint32Array;
}

/**
 * One xor filter per article of the adjacent term pairs in its fields (xor-filter.ts): whether an
 * article may hold a phrase is answered from memory, and an article whose filter lacks a pair of
 * the phrase is rejected without reading its text (most candidates of a phrase of two common
 * words). No false negatives: a pair in the text is always in the filter. Filters are entries
 * `[id, words, seed, ...filter]` appended to chunks (a saved file is one chunk); a changed or
 * removed article's old entry stays until the next save writes only the live ones.
 */
export class PairFilters {
  readonly #chunks: Uint32Array[] = [];
  /** The chunk being appended to (the last of `#chunks`), and its next free word. */
  #open: Uint32Array | null = null;
  #at = 0;
  /**
   * Per article id: the chunk and offset of its entry (chunk `none`: no filter), and the entry's size
   * and seed again, so a check touches this dense table and the filter's three slots, not its header.
   */
  #table = new Uint32Array(1024 * stride).fill(none);
  /** While saved filters are awaited (`receive`): the articles added, changed or removed meanwhile. */
  #changedMeanwhile: Set<number> | null = null;
  #arriving: Promise<string | null> | null = null;
  readonly #hashes: number[] = [];
  /** Each field's term hashes, as `#distinctKeys` last took them (for the pair postings). */
  readonly #termHashes: Uint32Array[] = [];
  #keys = new Uint32Array(1024);
  /** The set `#distinctKeys` uses: hashes, and the call each slot was taken in. */
  #seen = new Uint32Array(0);
  #stamps = new Uint32Array(0);
  #stamp = 0;
  readonly #builder = new XorFilterBuilder();
  /** The rare pairs of common terms, listed (a phrase of common words is answered without a filter each). */
  readonly #postings: PairPostings;

  /** `postingSample`: articles the pair postings sample to choose their common terms. */
  constructor(postingSample?: number) {
    this.#postings = new PairPostings(postingSample);
  }

  /** Records article `id`'s filter from its fields' term sequences (replacing any earlier one). */
  add(id: number, fields: readonly (readonly string[])[]): void {
    const keys = this.#distinctKeys(fields);
    const words = xorFilterWords(keys.length);
    const [chunk, start] = this.#reserve(words + headerWords);
    const seed = this.#builder.build(keys, seedOf(id), chunk, start + headerWords);
    chunk[start] = id;
    chunk[start + 1] = words;
    chunk[start + 2] = seed ?? 0;
    this.remove(id);
    this.#postings.post(id, fields, this.#termHashes);
    // Never built (no seed peeled the set, which is very rare): a dead entry; the article's text decides.
    if (seed !== null) this.#locate(id, this.#chunks.length - 1, start, words, seed);
  }

  /**
   * The fields' pair hashes, each once (a filter is built from distinct keys), in first-seen order:
   * an open-addressing set whose slots count as taken only when stamped with this call's number, so
   * it is never cleared (sorting the hashes instead was a tenth of indexing an article).
   */
  #distinctKeys(fields: readonly (readonly string[])[]): Uint32Array {
    const hashes = this.#hashes;
    hashes.length = 0;
    fields.forEach((terms, at) => {
      // Typed: most hashes are above 2^31, a heap number each in an array.
      let termHashes = this.#termHashes[at];
      if (termHashes === undefined || termHashes.length < terms.length)
        termHashes = this.#termHashes[at] = new Uint32Array(Math.max(64, terms.length * 2));
      for (let i = 0; i < terms.length; i += 1) termHashes[i] = fnv1a(terms[i] ?? '');
      appendPairHashesOf(terms, termHashes, hashes);
    });
    this.#termHashes.length = fields.length;
    if (this.#keys.length < hashes.length) this.#keys = new Uint32Array(hashes.length * 2);
    if (this.#seen.length < hashes.length * 2) {
      const size = 2 ** Math.ceil(Math.log2(hashes.length * 2));
      this.#seen = new Uint32Array(size);
      this.#stamps = new Uint32Array(size);
    }
    this.#stamp = this.#stamp >= 0xfffffffe ? 1 : this.#stamp + 1;
    if (this.#stamp === 1) this.#stamps.fill(0);
    const mask = this.#seen.length - 1;
    let distinct = 0;
    for (const hash of hashes) {
      // The hashes are mixed already: their low bits place them.
      let slot = hash & mask;
      while (this.#stamps[slot] === this.#stamp && this.#seen[slot] !== hash) slot = (slot + 1) & mask;
      if (this.#stamps[slot] === this.#stamp) continue;
      this.#stamps[slot] = this.#stamp;
      this.#seen[slot] = hash;
      this.#keys[distinct++] = hash;
    }
    return this.#keys.subarray(0, distinct);
  }

  /** Forgets article `id`'s filter: it may then hold any phrase (its text decides). */
  remove(id: number): void {
    this.#changedMeanwhile?.add(id);
    this.#postings.uncover(id);
    if (id * stride < this.#table.length) this.#table[id * stride] = none;
  }

  /**
   * Whether article `id` may have every pair of `hashes` (from `appendPairHashes` of a phrase's
   * terms) adjacent in one field; true for an article without a filter.
   */
  mayHold(id: number, hashes: readonly number[]): boolean {
    const at = id * stride;
    const c = this.#table[at] ?? none;
    if (c === none || hashes.length === 0) return true;
    const chunk = this.#chunks[c];
    if (chunk === undefined) return true;
    const words = this.#table[at + 2] ?? 0;
    if (words === 0) return false;
    const start = (this.#table[at + 1] ?? 0) + headerWords;
    const seed = this.#table[at + 3] ?? 0;
    for (const hash of hashes) if (!xorFilterHas(chunk, start, words, seed, hash)) return false;
    return true;
  }

  /** For a phrase's terms: a test false for an article its pair postings rule out (null: they tell nothing). */
  holders(terms: readonly string[]): PairHolders {
    return this.#postings.holders(terms);
  }

  /** The pair postings' saved layout, built in slices (see `PairPostings.layoutInSlices`). */
  postingsInSlices(pause: () => Promise<void>): Promise<Uint32Array> {
    return this.#postings.layoutInSlices(pause);
  }

  /** The live entries as views (runs of adjacent live entries), for a save: nothing is copied. */
  liveRuns(): Uint32Array[] {
    const runs: Uint32Array[] = [];
    this.#chunks.forEach((chunk, c) => {
      const end = chunk === this.#open ? this.#at : chunk.length;
      let runStart = -1;
      for (let at = 0; at < end;) {
        const next = at + headerWords + (chunk[at + 1] ?? 0);
        const row = (chunk[at] ?? 0) * stride;
        const live = this.#table[row] === c && this.#table[row + 1] === at;
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
  receive(saved: Promise<SavedPairs>, indexed: (id: number) => boolean): Promise<string | null> {
    this.#changedMeanwhile = new Set();
    const arriving = saved
      .then(({ filters, postings }) => {
        this.restore(filters, indexed, postings);
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

  /** Whether article `id` was added, changed or removed while filters are awaited (see `receive`). */
  changedMeanwhile(id: number): boolean {
    return this.#changedMeanwhile?.has(id) ?? false;
  }

  /** The saved filters still being read (see `receive`), or null: a save waits for them. */
  get arriving(): Promise<string | null> | null {
    return this.#arriving;
  }

  /**
   * Takes saved entries (their chunks, not copied); throws, taking none, when they are torn, name an
   * id twice, or name one `indexed` does not hold (a damaged id must not size the location table).
   * Saved `postings` are taken once the entries are checked (they throw, taking nothing, when torn);
   * the articles changed meanwhile are left uncovered by them.
   */
  restore(
    saved: Uint32Array | readonly Uint32Array[],
    indexed: (id: number) => boolean,
    postings: Uint32Array = new Uint32Array(0),
  ): void {
    const meanwhile = this.#changedMeanwhile ?? new Set<number>();
    this.#changedMeanwhile = null;
    const chunks = saved instanceof Uint32Array ? [saved] : saved;
    /** Per chunk, the offsets of the entries to take. */
    const entries: number[][] = [];
    const named = new Set<number>();
    for (const words of chunks) {
      const taken: number[] = [];
      for (let at = 0; at < words.length;) {
        const id = words[at] ?? 0;
        const next = at + headerWords + (words[at + 1] ?? 0);
        if (next > words.length) throw new RangeError('pair filters are torn');
        if (named.has(id)) throw new RangeError('pair filters name an article twice');
        named.add(id);
        // Changed since the save: its own state wins, and a removed one is rightly not indexed.
        if (!meanwhile.has(id)) {
          if (!indexed(id)) throw new RangeError('pair filters name an article the index does not hold');
          if ((this.#table[id * stride] ?? none) !== none)
            throw new RangeError('pair filters name an article twice');
          taken.push(at);
        }
        at = next;
      }
      entries.push(taken);
    }
    this.#postings.restore(postings, meanwhile);
    // The chunk appended to meanwhile keeps only its written part, as a full one does.
    if (this.#open !== null) this.#chunks[this.#chunks.length - 1] = this.#open.subarray(0, this.#at);
    this.#open = null;
    chunks.forEach((words, i) => {
      const c = this.#chunks.length;
      this.#chunks.push(words);
      for (const at of entries[i] ?? [])
        this.#locate(words[at] ?? 0, c, at, words[at + 1] ?? 0, words[at + 2] ?? 0);
    });
  }

  /**
   * Everything made so far in saved form, for another thread to `restore` (the pair-filter worker):
   * the live entries (views, as a save takes them) and the pair postings laid out.
   */
  async saved(): Promise<{ filters: Uint32Array[]; postings: Uint32Array }> {
    return { filters: this.liveRuns(), postings: await this.postingsInSlices(() => Promise.resolve()) };
  }

  #locate(id: number, chunk: number, offset: number, words: number, seed: number): void {
    const at = id * stride;
    if (at >= this.#table.length) {
      const grown = new Uint32Array(Math.max(at + stride, this.#table.length * 2)).fill(none);
      grown.set(this.#table);
      this.#table = grown;
    }
    this.#table[at] = chunk;
    this.#table[at + 1] = offset;
    this.#table[at + 2] = words;
    this.#table[at + 3] = seed;
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
