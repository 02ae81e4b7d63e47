import { fieldWeights, searchFields, type SearchField } from '../search-fields.ts';
import type { PrefixEntry } from './prefix-cache.ts';
import type { ScoreBoard } from './score-board.ts';

/** A term's posting lists in a field, best bucket first (views into the index: read, never kept). */
export type PostingSource = (
  field: SearchField,
  term: string,
) => readonly (ArrayLike<number> | undefined)[] | undefined;

/** One required word of an AND-group: the terms that satisfy it and what each counts for. */
export interface TermSpec {
  readonly alternatives: readonly { readonly term: string; readonly factor: number }[];
  /** A typed prefix's lookup kept between queries, where the ranking may keep its bits too. */
  readonly cached?: PrefixEntry;
}

/** The articles matching every term of a group, with their scores (parallel arrays). */
export interface GroupMatches {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
}

/** A completion of the prefix counts a little less than a word typed in full. */
export const prefixCompletionFactor = 0.8;

/** One field's posting lists of one term, with what a hit there counts for. */
export interface Lists {
  readonly field: SearchField;
  readonly factor: number;
  readonly buckets: readonly (ArrayLike<number> | undefined)[];
  readonly length: number;
}

/** A term spec's non-empty posting lists, per field and alternative. */
export function listsOf(spec: TermSpec, source: PostingSource): Lists[] {
  const out: Lists[] = [];
  for (const field of searchFields) {
    for (const { term, factor } of spec.alternatives) {
      const buckets = source(field, term);
      if (buckets === undefined) continue;
      let length = 0;
      for (const bucket of buckets) length += bucket?.length ?? 0;
      if (length > 0) out.push({ field, factor, buckets, length });
    }
  }
  return out;
}

const emptyMatches: GroupMatches = { ids: new Int32Array(0), scores: new Float64Array(0) };

/**
 * Scores the articles having every term, reading each posting list once into typed arrays (no
 * per-article objects: a common word lists every article of a 100k library). A term's score in an
 * article is its best field's weight; in the ranked meta fields (title, byline, site) an earlier
 * bucket scores up to 20 % more, the body's single bucket is in insertion order and counts flat.
 * The rarest term goes first, so later terms only confirm articles already in the running.
 */
export function matchGroup(
  specs: readonly TermSpec[],
  source: PostingSource,
  board: ScoreBoard,
): GroupMatches {
  const perSpec = specs.map((spec) => {
    const lists = listsOf(spec, source);
    return { lists, size: lists.reduce((sum, l) => sum + l.length, 0) };
  });
  if (perSpec.length === 0 || perSpec.some((s) => s.size === 0)) return emptyMatches;
  perSpec.sort((a, b) => a.size - b.size);

  // Room for every id a pass can touch, so the inner loops only read and write typed arrays; the
  // per-article arrays grow (rarely) when an id beyond them turns up.
  board.reserve(perSpec.reduce((most, s) => Math.max(most, s.size), 0));
  const touched = board.touched;
  let { seen: seenOf, alive: aliveOf, best, total } = board;

  let alive = -1;
  let count = 0;
  for (const [k, { lists }] of perSpec.entries()) {
    const seen = board.nextEpoch();
    const first = k === 0;
    count = 0;
    for (const { field, factor, buckets, length } of lists) {
      const weight = fieldWeights[field] * factor;
      // The body's single bucket is in insertion order and counts flat; meta fields decay by position.
      const decay = field === 'body' ? 0 : (0.2 * weight) / length;
      let position = 0;
      for (const bucket of buckets) {
        if (bucket === undefined) continue;
        for (let i = 0; i < bucket.length; i += 1, position += 1) {
          const id = bucket[i] ?? 0;
          if (id >= seenOf.length) {
            board.fit(id);
            ({ seen: seenOf, alive: aliveOf, best, total } = board);
          }
          if (!first && aliveOf[id] !== alive) continue;
          const score = weight - decay * position;
          if (seenOf[id] !== seen) {
            seenOf[id] = seen;
            best[id] = score;
            touched[count++] = id;
          } else if (score > (best[id] ?? 0)) best[id] = score;
        }
      }
    }
    alive = board.nextEpoch();
    for (let i = 0; i < count; i += 1) {
      const id = touched[i] ?? 0;
      aliveOf[id] = alive;
      total[id] = (first ? 0 : (total[id] ?? 0)) + (best[id] ?? 0);
    }
    if (count === 0) return emptyMatches;
  }
  const ids = board.touched.slice(0, count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i += 1) scores[i] = board.total[ids[i] ?? 0] ?? 0;
  return { ids, scores };
}
