import { LazyPostings, purgeDecoded, type Buckets } from './lazy-postings.ts';
import { sortInSlices } from './sort-in-slices.ts';
import type { TermList } from './sorted-terms.ts';

/**
 * The parts of a FlexSearch 0.8.212 `Document` that saving, loading and removal read directly:
 * per field an `Index` whose `map` holds term → score buckets of ids, all sharing the document's
 * `reg` (the set of indexed ids). FlexSearch's own export is JSON of these same maps, which takes
 * seconds to parse and stalls the app for seconds to write at 100k articles (docs/benchmarks.md).
 */
interface FieldIndexInternals {
  map: Map<string, Buckets>;
  readonly ctx: Map<string, unknown>;
  readonly reg: Set<number>;
  readonly depth: number;
  readonly fastupdate: boolean;
}

/** A field's term map plus the document's id register, checked to have the shape this module relies on. */
export interface DocumentInternals {
  readonly fields: ReadonlyMap<string, FieldIndexInternals>;
  readonly reg: Set<number>;
}

/** A saved index in memory: per field its sorted terms and packed words, and the indexed ids. */
export interface IndexSnapshot {
  readonly fields: readonly {
    readonly field: string;
    readonly terms: readonly string[];
    readonly words: Uint32Array;
    /** Where each term starts in `words` (in memory only: compacting after a save needs it). */
    readonly starts?: Uint32Array;
  }[];
  readonly ids: Uint32Array;
}

/** A saved index as read back: each field's terms stay in the file's bytes (see SortedTerms). */
export interface LoadedSnapshot {
  readonly fields: readonly {
    readonly field: string;
    readonly terms: TermList | readonly string[];
    readonly words: Uint32Array;
    /** Where each term starts in `words`, when saved (checked by the reader). */
    readonly starts?: Uint32Array;
  }[];
  readonly ids: Uint32Array;
}

/**
 * Reads FlexSearch's internals, throwing when they are not what this module was written against
 * (a FlexSearch upgrade): saving then fails (logged) and loading reports a corrupt index, so the
 * library is rebuilt through FlexSearch's public API instead of mis-read.
 */
export function documentInternals(document: object, fields: readonly string[]): DocumentInternals {
  const { index, reg } = document as { index?: unknown; reg?: unknown };
  if (!(index instanceof Map) || !(reg instanceof Set))
    throw new Error('FlexSearch document internals changed');
  const out = new Map<string, FieldIndexInternals>();
  for (const field of fields) {
    const candidate = index.get(field) as Partial<FieldIndexInternals> | undefined;
    const ok =
      candidate?.map instanceof Map &&
      candidate.ctx instanceof Map &&
      candidate.ctx.size === 0 &&
      candidate.reg === reg &&
      candidate.depth === 0 &&
      candidate.fastupdate === false;
    if (!ok) throw new Error(`FlexSearch field index internals changed (${field})`);
    out.set(field, candidate as FieldIndexInternals);
  }
  return { fields: out, reg: reg as Set<number> };
}

/** The index changed while a save was packing it: that snapshot is dropped and the save redone. */
export class IndexChangedDuringSave extends Error {
  constructor() {
    super('The search index changed while it was being saved');
    this.name = 'IndexChangedDuringSave';
  }
}

/** Each term of a live resolution-1 map with the number of ids in its list (a body term's article count). */
export function* bodyCounts(map: ReadonlyMap<string, Buckets>): Generator<[string, number]> {
  for (const [term, buckets] of map) {
    const count = buckets[0]?.length ?? 0;
    if (count > 0) yield [term, count];
  }
}

/** Removes an id from every field and the register without FlexSearch's scan of every decoded list. */
export function removeId(internals: DocumentInternals, id: number): void {
  for (const { map } of internals.fields.values()) {
    if (map instanceof LazyPostings) map.purge(id);
    else purgeDecoded(map.entries(), id, (term) => map.delete(term));
  }
  internals.reg.delete(id);
}

/** A growable Uint32Array; sized exactly up front, it is handed over without a copy. */
class WordBuffer {
  words: Uint32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.words = new Uint32Array(capacity);
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.words.length) return;
    const grown = new Uint32Array(Math.max(this.words.length * 2, this.length + extra));
    grown.set(this.words.subarray(0, this.length));
    this.words = grown;
  }

  push(value: number): void {
    this.reserve(1);
    this.words[this.length++] = value;
  }

  append(values: ArrayLike<number>): void {
    this.reserve(values.length);
    this.words.set(values, this.length);
    this.length += values.length;
  }

  done(): Uint32Array {
    // Copying a 100k-article body (~300 MB) holds the event loop for a few hundred ms.
    return this.length === this.words.length ? this.words : this.words.slice(0, this.length);
  }
}

/** The words `packBuckets` writes for `buckets`. */
function packedSize(buckets: Buckets): number {
  let size = 1 + buckets.length;
  for (const bucket of buckets) size += bucket?.length ?? 0;
  return size;
}

function packBuckets(out: WordBuffer, buckets: Buckets): void {
  out.push(buckets.length);
  for (let b = 0; b < buckets.length; b += 1) {
    const bucket = buckets[b];
    out.push(bucket?.length ?? 0);
    if (bucket !== undefined) {
      for (const id of bucket) {
        if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RangeError(`unsaveable id ${id}`);
      }
      out.append(bucket);
    }
  }
}

/** How long one slice of a save may hold the event loop, in ms. */
const sliceMs = 8;

/**
 * Packs the index into typed arrays, yielding to the event loop every few ms so a save never
 * stalls the app; `pause` is awaited between slices (a mutation meanwhile makes the caller drop the snapshot).
 */
export async function packSnapshot(
  internals: DocumentInternals,
  pause: () => Promise<void>,
): Promise<IndexSnapshot> {
  let sliceStart = performance.now();
  let steps = 0;
  const breathe = async (): Promise<void> => {
    steps += 1;
    if ((steps & 255) !== 0 || performance.now() - sliceStart < sliceMs) return;
    await pause();
    sliceStart = performance.now();
  };
  const fields: IndexSnapshot['fields'][number][] = [];
  for (const [field, { map }] of internals.fields) {
    // Terms and their lists in sorted order first, so the output is allocated once at its exact
    // size (growing and trimming it copied hundreds of MB at a time at 100k articles).
    const terms: string[] = [];
    const lists: (Uint32Array | Buckets)[] = [];
    const take = async (term: string, list: Uint32Array | Buckets): Promise<void> => {
      terms.push(term);
      lists.push(list);
      await breathe();
    };
    // Terms are saved sorted, so a load finds them by binary search without building a map.
    if (map instanceof LazyPostings) {
      map.freeze();
      try {
        const decoded = new Map(map.decoded());
        const order = await sortInSlices([...decoded.keys()], pause);
        let next = 0;
        for (const [term, packed] of map.packed()) {
          for (; next < order.length && (order[next] ?? '') < term; next += 1) {
            const earlier = order[next] ?? '';
            await take(earlier, decoded.get(earlier) ?? []);
          }
          await take(term, packed);
        }
        for (const term of order.slice(next)) await take(term, decoded.get(term) ?? []);
      } finally {
        map.thaw();
      }
    } else {
      for (const term of await sortInSlices(await keysInSlices(map, breathe), pause))
        await take(term, map.get(term) ?? []);
    }
    let size = 0;
    for (const list of lists) {
      size += list instanceof Uint32Array ? list.length : packedSize(list);
      await breathe();
    }
    const out = new WordBuffer(size);
    const starts = new WordBuffer(lists.length);
    for (const list of lists) {
      starts.push(out.length);
      if (list instanceof Uint32Array) out.append(list);
      else packBuckets(out, list);
      await breathe();
    }
    fields.push({ field, terms, words: out.done(), starts: starts.done() });
    await pause();
  }
  return { fields, ids: Uint32Array.from(internals.reg) };
}

/** A map's keys, gathered a slice at a time (spread at once, 2M terms hold the event loop). */
async function keysInSlices(
  map: ReadonlyMap<string, unknown>,
  breathe: () => Promise<void>,
): Promise<string[]> {
  const keys: string[] = [];
  for (const key of map.keys()) {
    keys.push(key);
    await breathe();
  }
  return keys;
}

/** Installs a snapshot into a fresh document's internals; throws when it does not fit them. */
export function restoreSnapshot(internals: DocumentInternals, snapshot: LoadedSnapshot): void {
  for (const { field, terms, words, starts } of snapshot.fields) {
    const index = internals.fields.get(field);
    if (index === undefined) throw new Error(`snapshot has an unknown field ${field}`);
    index.map = new LazyPostings(starts === undefined ? { terms, words } : { terms, words, starts });
  }
  for (const id of snapshot.ids) internals.reg.add(id);
}

/**
 * Swaps the live posting lists for the packed copy just saved, while nothing has changed since:
 * after a rebuild the index then lives in typed arrays off the JS heap, as after a reopen, instead
 * of millions of small arrays that every full garbage collection has to walk (long pauses, high RSS).
 */
export function compactInto(internals: DocumentInternals, snapshot: IndexSnapshot): void {
  for (const { field, terms, words, starts } of snapshot.fields) {
    const index = internals.fields.get(field);
    if (index === undefined) continue;
    index.map = new LazyPostings(starts === undefined ? { terms, words } : { terms, words, starts });
  }
}
