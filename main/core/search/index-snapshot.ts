import { LazyPostings, purgeDecoded, type Buckets } from './lazy-postings.ts';
import { sortInSlices } from './sort-in-slices.ts';
import { TermSpans } from './term-spans.ts';
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

/** Removes an id from every field and the register without FlexSearch's scan of every decoded list. */
export function removeId(internals: DocumentInternals, id: number): void {
  for (const { map } of internals.fields.values()) {
    if (map instanceof LazyPostings) map.purge(id);
    else purgeDecoded(map.entries(), id, (term) => map.delete(term));
  }
  internals.reg.delete(id);
}

/** The words `packInto` writes for `buckets`. */
function packedSize(buckets: Buckets): number {
  let size = 1 + buckets.length;
  for (const bucket of buckets) size += bucket?.length ?? 0;
  return size;
}

/** Writes `buckets` packed at `at` in `words` (sized by `packedSize`). */
function packInto(words: Uint32Array, at: number, buckets: Buckets): void {
  words[at++] = buckets.length;
  for (let b = 0; b < buckets.length; b += 1) {
    const bucket = buckets[b];
    words[at++] = bucket?.length ?? 0;
    if (bucket === undefined) continue;
    for (const id of bucket) {
      if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RangeError(`unsaveable id ${id}`);
    }
    words.set(bucket, at);
    at += bucket.length;
  }
}

/** The most words one copy of consecutive saved lists moves (1 MB): 16 MB took ~80 ms under load at 100k. */
const maxRunWords = 1 << 18;

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
  // Checked without an await per term (an await each was millions of promises for the GC), and
  // weighed by words copied: the clock is read every 256 terms or 256 K words.
  const due = (weight = 1): boolean => {
    steps += weight;
    if (steps < 256) return false;
    steps = 0;
    return performance.now() - sliceStart >= sliceMs;
  };
  const breathe = async (): Promise<void> => {
    await pause();
    sliceStart = performance.now();
  };
  const fields: IndexSnapshot['fields'][number][] = [];
  for (const [field, { map }] of internals.fields) {
    // Terms and where their lists are, in sorted order first, so the output is allocated once at
    // its exact size. A saved list is a span of the saved words (start, length), copied in runs; a
    // decoded one is marked by start -1 and packed from its buckets.
    const spans = new TermSpans(map.size);
    const decodedLists = new Map<number, Buckets>();
    const source = map instanceof LazyPostings ? map.packedWords : new Uint32Array(0);
    const takeDecoded = (term: string, buckets: Buckets): void => {
      decodedLists.set(spans.count, buckets);
      spans.push(term, -1, packedSize(buckets));
    };
    // Terms are saved sorted, so a load finds them by binary search without building a map.
    if (map instanceof LazyPostings) {
      map.freeze();
      try {
        const decoded = new Map(map.decoded());
        const order = await sortInSlices([...decoded.keys()], pause);
        let next = 0;
        for (const [term, start, length] of map.packedSpans()) {
          for (; next < order.length && (order[next] ?? '') < term; next += 1) {
            const earlier = order[next] ?? '';
            takeDecoded(earlier, decoded.get(earlier) ?? []);
          }
          spans.push(term, start, length);
          if (due()) await breathe();
        }
        for (const term of order.slice(next)) takeDecoded(term, decoded.get(term) ?? []);
      } finally {
        map.thaw();
      }
    } else {
      for (const term of await sortInSlices(await keysInSlices(map, due, breathe), pause)) {
        takeDecoded(term, map.get(term) ?? []);
        if (due()) await breathe();
      }
    }
    const terms = spans.terms();
    if (decodedLists.size === 0 && coversInOrder(spans, source)) {
      // The live packed words are the saved layout already (the first save after a rebuild, or a save
      // with no list changed since the load): saved as they are. Their copy was the rebuild's peak
      // RSS (~420 MB more at 100,000 articles). They are never written to in place (lazy-postings.ts).
      fields.push({ field, terms, words: source, starts: spanStarts(spans) });
      await pause();
      continue;
    }
    const words = new Uint32Array(spans.totalWords());
    const starts = new Uint32Array(terms.length);
    let at = 0;
    let runFrom = -1;
    let runTo = -1;
    let runAt = 0;
    const flush = (): void => {
      if (runFrom >= 0) words.set(source.subarray(runFrom, runTo), runAt);
      runFrom = -1;
    };
    for (let k = 0; k < terms.length; k += 1) {
      const start = spans.start(k);
      const length = spans.length(k);
      starts[k] = at;
      if (start < 0) {
        flush();
        const buckets = decodedLists.get(k) ?? [];
        // A list changed since it was measured: the snapshot is spoilt anyway, and must not overflow.
        if (packedSize(buckets) !== length) throw new IndexChangedDuringSave();
        packInto(words, at, buckets);
      } else {
        if (runFrom >= 0 && (start !== runTo || runTo - runFrom >= maxRunWords)) flush();
        if (runFrom < 0) {
          runFrom = start;
          runAt = at;
        }
        runTo = start + length;
      }
      at += length;
      if (due(1 + (length >>> 10))) {
        flush();
        await breathe();
      }
    }
    flush();
    fields.push({ field, terms, words, starts });
    await pause();
  }
  return { fields, ids: Uint32Array.from(internals.reg) };
}

/** Whether the spans are the whole of `source`, one after another from its start. */
function coversInOrder(spans: TermSpans, source: Uint32Array): boolean {
  let at = 0;
  for (let k = 0; k < spans.count; k += 1) {
    if (spans.start(k) !== at) return false;
    at += spans.length(k);
  }
  return at === source.length;
}

function spanStarts(spans: TermSpans): Uint32Array {
  const starts = new Uint32Array(spans.count);
  for (let k = 0; k < spans.count; k += 1) starts[k] = spans.start(k);
  return starts;
}

/** A map's keys, gathered a slice at a time (spread at once, 2M terms hold the event loop). */
async function keysInSlices(
  map: ReadonlyMap<string, unknown>,
  due: () => boolean,
  breathe: () => Promise<void>,
): Promise<string[]> {
  const keys: string[] = [];
  for (const key of map.keys()) {
    keys.push(key);
    if (due()) await breathe();
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
