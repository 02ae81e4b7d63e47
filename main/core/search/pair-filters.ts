import { avalanche } from '../string-hash.ts';
import { DistinctPairKeys } from './distinct-pair-keys.ts';
import { PairPostings, type PairHolders } from './pair-postings.ts';
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
/** Entries checked or taken per step of a `receive` (~3 ms). */
const defaultEntriesPerStep = 1 << 13;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
  readonly #distinct = new DistinctPairKeys();
  readonly #builder = new XorFilterBuilder();
  /** The rare pairs of common terms, listed (a phrase of common words is answered without a filter each). */
  readonly #postings: PairPostings;

  /** `postingSample`: articles the pair postings sample to choose their common terms. */
  constructor(postingSample?: number) {
    this.#postings = new PairPostings(postingSample);
  }

  /** Records article `id`'s filter from its fields' term sequences (replacing any earlier one). */
  add(id: number, fields: readonly (readonly string[])[]): void {
    const keys = this.#distinct.of(fields);
    const words = xorFilterWords(keys.length);
    const [chunk, start] = this.#reserve(words + headerWords);
    const seed = this.#builder.build(keys, seedOf(id), chunk, start + headerWords);
    chunk[start] = id;
    chunk[start + 1] = words;
    chunk[start + 2] = seed ?? 0;
    this.remove(id);
    this.#postings.post(id, fields, this.#distinct.termHashes);
    // Never built (no seed peeled the set, which is very rare): a dead entry; the article's text decides.
    if (seed !== null) this.#locate(id, this.#chunks.length - 1, start, words, seed);
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
  receive(
    saved: Promise<SavedPairs>,
    indexed: (id: number) => boolean,
    entriesPerStep = defaultEntriesPerStep,
  ): Promise<string | null> {
    this.#changedMeanwhile = new Set();
    const arriving = saved
      .then(async ({ filters, postings }) => {
        // In steps between events: taken whole, 100,000 articles' filters held the thread ~125 ms.
        const steps = this.#restoreSteps(filters, indexed, postings, entriesPerStep);
        while (steps.next().done !== true) await nextTurn();
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
    const steps = this.#restoreSteps(saved, indexed, postings, Number.POSITIVE_INFINITY);
    while (steps.next().done !== true);
  }

  /**
   * `restore` in steps of `perStep` entries: every entry is checked before any is taken, and an
   * article changed between steps (`#changedMeanwhile`, still recorded) keeps its own state.
   */
  *#restoreSteps(
    saved: Uint32Array | readonly Uint32Array[],
    indexed: (id: number) => boolean,
    postings: Uint32Array,
    perStep: number,
  ): Generator<void, void> {
    const meanwhile = this.#changedMeanwhile ?? new Set<number>();
    const chunks = saved instanceof Uint32Array ? [saved] : saved;
    /** Per chunk, the offsets of the entries to take. */
    const entries: number[][] = [];
    const named = new Set<number>();
    let done = 0;
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
        if (++done % perStep === 0) yield;
      }
      entries.push(taken);
    }
    this.#postings.restore(postings, meanwhile);
    // The chunk appended to meanwhile keeps only its written part, as a full one does.
    if (this.#open !== null) this.#chunks[this.#chunks.length - 1] = this.#open.subarray(0, this.#at);
    this.#open = null;
    const first = this.#chunks.length;
    this.#chunks.push(...chunks);
    for (let i = 0; i < chunks.length; i += 1) {
      const words = chunks[i] ?? new Uint32Array(0);
      for (const at of entries[i] ?? []) {
        const id = words[at] ?? 0;
        // Checked again: it may have changed since its entry was.
        if (!meanwhile.has(id)) this.#locate(id, first + i, at, words[at + 1] ?? 0, words[at + 2] ?? 0);
        if (++done % perStep === 0) yield;
      }
    }
    this.#changedMeanwhile = null;
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
