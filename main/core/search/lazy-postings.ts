import { stringTermList, type TermList } from './sorted-terms.ts';

/** One term's posting lists as FlexSearch keeps them: score buckets of ids, with holes for empty buckets. */
export type Buckets = (number[] | undefined)[];

/**
 * Where a field's saved postings live: `terms` sorted by code unit; `words` holds, per term in that order, the bucket count,
 * then per bucket its length and ids. Typed arrays stay off the JS heap, so the GC never scans them.
 */
export interface PackedPostings {
  readonly terms: TermList | readonly string[];
  readonly words: Uint32Array;
  /** Where each term starts in `words`, when the caller just packed them sorted (spares a walk and a check). */
  readonly starts?: Uint32Array;
}

/** Decodes the buckets of the term starting at `start` in `words`. */
export function unpackBuckets(words: Uint32Array, start: number): Buckets {
  // Bounded by what is left, so a damaged count cannot ask for billions of buckets.
  const count = Math.min(words[start] ?? 0, words.length - start);
  const buckets: Buckets = new Array<number[] | undefined>(count);
  let at = start + 1;
  for (let b = 0; b < count; b += 1) {
    const length = words[at] ?? 0;
    at += 1;
    // An empty bucket is a hole in FlexSearch's arrays, as `remove` leaves it.
    if (length > 0) buckets[b] = Array.from(words.subarray(at, at + length));
    at += length;
  }
  return buckets;
}

/** The buckets of the term starting at `start` as views into `words` (no copy). */
export function viewBuckets(words: Uint32Array, start: number): (Uint32Array | undefined)[] {
  const count = words[start] ?? 0;
  const buckets = new Array<Uint32Array | undefined>(count);
  let at = start + 1;
  for (let b = 0; b < count; b += 1) {
    const length = words[at] ?? 0;
    at += 1;
    if (length > 0) buckets[b] = words.subarray(at, at + length);
    at += length;
  }
  return buckets;
}

/** How many words the term starting at `start` occupies. */
export function packedLength(words: Uint32Array, start: number): number {
  const count = Math.min(words[start] ?? 0, words.length - start);
  let at = start + 1;
  for (let b = 0; b < count; b += 1) at += (words[at] ?? 0) + 1;
  return at - start;
}

/** Whether `at` holds an id (not a bucket count or length) in the term packed at `start`. */
function isIdPosition(words: Uint32Array, start: number, at: number): boolean {
  const count = words[start] ?? 0;
  let header = start + 1;
  for (let b = 0; b < count; b += 1) {
    const length = words[header] ?? 0;
    if (at > header && at <= header + length) return true;
    header += length + 1;
  }
  return false;
}

/** Removes `id` from a term's buckets; returns whether any bucket still holds an id. */
export function dropId(buckets: Buckets, id: number): boolean {
  let left = false;
  for (let b = 0; b < buckets.length; b += 1) {
    const bucket = buckets[b];
    if (bucket === undefined) continue;
    const at = bucket.indexOf(id);
    if (at >= 0) bucket.splice(at, 1);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete, @typescript-eslint/no-array-delete -- FlexSearch expects holes, not empty arrays
    if (bucket.length === 0) delete buckets[b];
    else left = true;
  }
  return left;
}

/**
 * FlexSearch's term map for a field loaded from disk: a term's posting lists become JS arrays only
 * when something reads them (a query, an add), so a reopen reads one file instead of building
 * millions of arrays. Undecoded terms are found by binary search in the saved (sorted) term list,
 * so loading builds no map either. Every Map method FlexSearch uses behaves as on a plain map;
 * iteration and the size include undecoded terms (iterating decodes them all, which nothing on the
 * hot path does).
 */
export class LazyPostings extends Map<string, Buckets> {
  readonly #terms: TermList;
  readonly #starts: Uint32Array;
  readonly #words: Uint32Array;
  /** 1 where a saved term was decoded or deleted. */
  readonly #taken: Uint8Array;
  #pendingCount: number;
  /** While a save iterates, decoded terms stay pending too (listed here) so each is saved exactly once. */
  #frozen: number[] | null = null;

  constructor(packed: PackedPostings) {
    super();
    const { words } = packed;
    const terms = Array.isArray(packed.terms)
      ? stringTermList(packed.terms as readonly string[])
      : (packed.terms as TermList);
    this.#terms = terms;
    this.#words = words;
    this.#taken = new Uint8Array(terms.length);
    this.#pendingCount = terms.length;
    if (packed.starts !== undefined) {
      if (packed.starts.length !== terms.length) throw new RangeError('term starts do not match the terms');
      this.#starts = packed.starts;
      return;
    }
    this.#starts = new Uint32Array(terms.length);
    let at = 0;
    // A string list is checked to be sorted here; saved bytes were checked as they were read.
    const strings = Array.isArray(packed.terms) ? (packed.terms as readonly string[]) : null;
    for (let i = 0; i < terms.length; i += 1) {
      if (strings !== null && i > 0 && (strings[i - 1] ?? '') >= (strings[i] ?? ''))
        throw new RangeError('saved terms are not sorted');
      this.#starts[i] = at;
      at += packedLength(words, at);
    }
    if (at !== words.length) throw new RangeError('posting lists do not match their terms');
  }

  /** The position of a still pending saved term, or -1. */
  #pending(term: string): number {
    const at = this.#terms.indexOf(term);
    return at >= 0 && this.#taken[at] === 0 ? at : -1;
  }

  #take(at: number): void {
    this.#taken[at] = 1;
    this.#pendingCount -= 1;
  }

  override get(term: string): Buckets | undefined {
    const decoded = super.get(term);
    if (decoded !== undefined) return decoded;
    const at = this.#pending(term);
    if (at < 0) return undefined;
    const buckets = unpackBuckets(this.#words, this.#starts[at] ?? 0);
    if (this.#frozen === null) this.#take(at);
    else this.#frozen.push(at);
    super.set(term, buckets);
    return buckets;
  }

  /**
   * A term's buckets for reading only: decoded ones as they are, pending ones as views into the
   * saved words, neither decoded nor kept (a query must not grow the heap term by term).
   */
  peek(term: string): readonly (ArrayLike<number> | undefined)[] | undefined {
    const decoded = super.get(term);
    if (decoded !== undefined) return decoded;
    const at = this.#pending(term);
    return at < 0 ? undefined : viewBuckets(this.#words, this.#starts[at] ?? 0);
  }

  override has(term: string): boolean {
    return super.has(term) || this.#pending(term) >= 0;
  }

  override set(term: string, buckets: Buckets): this {
    const at = this.#pending(term);
    if (at >= 0) this.#take(at);
    return super.set(term, buckets);
  }

  override delete(term: string): boolean {
    const at = this.#pending(term);
    if (at >= 0) this.#take(at);
    return super.delete(term) || at >= 0;
  }

  override clear(): void {
    this.#taken.fill(1);
    this.#pendingCount = 0;
    super.clear();
  }

  override get size(): number {
    return this.#pendingCount + super.size - (this.#frozen?.length ?? 0);
  }

  override entries(): MapIterator<[string, Buckets]> {
    this.#decodeAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.#decodeAll();
    return super.keys();
  }

  override values(): MapIterator<Buckets> {
    this.#decodeAll();
    return super.values();
  }

  override forEach(callback: (value: Buckets, key: string, map: Map<string, Buckets>) => void): void {
    this.#decodeAll();
    super.forEach(callback);
  }

  override [Symbol.iterator](): MapIterator<[string, Buckets]> {
    return this.entries();
  }

  #decodeAll(): void {
    for (const [term] of this.packed()) this.get(term);
  }

  /** Removes `id` from every posting list, decoding only the terms that contain it. */
  purge(id: number): void {
    const words = this.#words;
    const starts = this.#starts;
    const holders: string[] = [];
    // Native indexOf jumps between occurrences; each is mapped to its term by binary search on the
    // starts, and skipped when it is a bucket header (small ids equal every body term's bucket count).
    for (let at = words.indexOf(id); at >= 0;) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((starts[middle] ?? 0) <= at) low = middle;
        else high = middle - 1;
      }
      const start = starts[low] ?? 0;
      if (!isIdPosition(words, start, at)) {
        at = words.indexOf(id, at + 1);
        continue;
      }
      if (this.#taken[low] === 0) holders.push(this.#terms.at(low));
      at = low + 1 < starts.length ? words.indexOf(id, starts[low + 1]) : -1;
    }
    for (const term of holders) this.get(term);
    purgeDecoded(this.decoded(), id, (term) => super.delete(term));
  }

  /** Starts a save: until `thaw`, reads keep every pending term pending (mutations must wait). */
  freeze(): void {
    this.#frozen ??= [];
  }

  /** Ends a save: terms decoded meanwhile leave the pending list. */
  thaw(): void {
    for (const at of this.#frozen ?? []) this.#take(at);
    this.#frozen = null;
  }

  /** The decoded terms that are not pending, with their buckets. */
  *decoded(): Generator<[string, Buckets]> {
    for (const entry of super.entries()) if (this.#pending(entry[0]) < 0) yield entry;
  }

  /**
   * The pending terms in sorted order, each with where its packed words lie in `packedWords` (a save
   * copies runs of them at once: a view per term was millions of objects for the GC at 100k).
   */
  *packedSpans(): Generator<[term: string, start: number, length: number]> {
    const words = this.#words;
    for (let i = 0; i < this.#terms.length; i += 1) {
      if (this.#taken[i] === 1) continue;
      const start = this.#starts[i] ?? 0;
      yield [this.#terms.at(i), start, packedLength(words, start)];
    }
  }

  /** The saved words the spans of `packedSpans` point into. */
  get packedWords(): Uint32Array {
    return this.#words;
  }

  /** The pending terms in sorted order with their packed words (for saving them without decoding). */
  *packed(): Generator<[string, Uint32Array]> {
    const words = this.#words;
    for (let i = 0; i < this.#terms.length; i += 1) {
      if (this.#taken[i] === 1) continue;
      const start = this.#starts[i] ?? 0;
      yield [this.#terms.at(i), words.subarray(start, start + packedLength(words, start))];
    }
  }
}

/** Removes `id` from decoded posting lists, deleting the terms left empty. */
export function purgeDecoded(
  entries: Iterable<[string, Buckets]>,
  id: number,
  deleteTerm: (term: string) => void,
): void {
  const emptied: string[] = [];
  for (const [term, buckets] of entries) if (!dropId(buckets, id)) emptied.push(term);
  for (const term of emptied) deleteTerm(term);
}
