import { fieldWeights } from '../search-fields.ts';
import { scoreKey } from './descending-keys.ts';
import { hasId } from './id-bits.ts';
import type { ScoreBoard } from './score-board.ts';
import type { SpecLists } from './spec-lists.ts';

// The loops of a ranking by bits that touch articles one by one: only those with a hit in a title,
// byline or site name. Each loop is a small function of its own, optimized on its own.

/**
 * Adds one spec's score to each meta-hit article's total (`board.total`, summed in spec order as
 * matchGroup sums): its best meta score when `seen` marks it, else its body hit's flat weight.
 */
export function addSpecScores(
  first: boolean,
  spec: SpecLists,
  metaIds: Int32Array,
  board: ScoreBoard,
  seen: number,
  exact: Int32Array,
): void {
  const { best, total } = board;
  const marks = board.seen;
  const top = fieldWeights.body * spec.topFactor;
  const low = fieldWeights.body * (spec.lowFactor ?? spec.topFactor);
  const mixed = spec.lowFactor !== null;
  for (let i = 0; i < metaIds.length; i += 1) {
    const id = metaIds[i] ?? 0;
    const score = marks[id] === seen ? (best[id] ?? 0) : !mixed || hasId(exact, id) ? top : low;
    total[id] = (first ? 0 : (total[id] ?? 0)) + score;
  }
}

/** Keys the kept meta-hit articles by score (bonus added) then id; returns how many were kept. */
export function keyScores(
  metaIds: Int32Array,
  total: Float64Array,
  out: {
    readonly keep: ((id: number) => boolean) | null;
    readonly bonus: number;
    readonly scoreOf: Float64Array;
    readonly keys: Float64Array;
  },
): number {
  const { keep, bonus, scoreOf, keys } = out;
  let kept = 0;
  for (let i = 0; i < metaIds.length; i += 1) {
    const id = metaIds[i] ?? 0;
    if (keep !== null && !keep(id)) continue;
    const score = (total[id] ?? 0) + bonus;
    scoreOf[id] = score;
    keys[kept++] = scoreKey(score, id);
  }
  return kept;
}

/**
 * The matching articles with a hit in some meta field of some term, as bits and listed in
 * `board.touched` (a view, valid until the board's next pass: a JS array of 25,000 ids was the
 * costliest part of a query for "the").
 */
export function metaHits(perSpec: readonly SpecLists[], match: Int32Array, board: ScoreBoard, words: number) {
  const metaBits = board.bits('rank-meta', words);
  board.reserve(perSpec.reduce((sum, spec) => sum + spec.meta.reduce((n, l) => n + l.length, 0), 0));
  let count = 0;
  for (const spec of perSpec)
    for (const { buckets } of spec.meta)
      for (const bucket of buckets)
        if (bucket !== undefined) count = listNewIds(bucket, match, metaBits, board.touched, count);
  return { metaIds: board.touched.subarray(0, count), metaBits };
}

/** Appends to `into` (from `count`) the ids of `bucket` in `match` not yet in `listed`, marking them; returns the new count. */
function listNewIds(
  bucket: ArrayLike<number>,
  match: Int32Array,
  listed: Int32Array,
  into: Int32Array,
  count: number,
): number {
  let at = count;
  for (let i = 0; i < bucket.length; i += 1) {
    const id = bucket[i] ?? 0;
    const word = id >>> 5;
    const bit = 1 << (id & 31);
    if (((match[word] ?? 0) & ~(listed[word] ?? 0) & bit) === 0) continue;
    listed[word] = (listed[word] ?? 0) | bit;
    into[at++] = id;
  }
  return at;
}

/**
 * One term's best meta-field score per matching article, as matchGroup scores it (an earlier
 * bucket up to 20 % more), in `board.best`; returns the epoch marking the articles it set.
 */
export function metaScores(spec: SpecLists, match: Int32Array, board: ScoreBoard): number {
  const epoch = board.nextEpoch();
  for (const { field, factor, buckets, length } of spec.meta) {
    const weight = fieldWeights[field] * factor;
    const decay = (0.2 * weight) / length;
    let position = 0;
    for (const bucket of buckets) {
      if (bucket === undefined) continue;
      scoreBucket(bucket, match, board, { epoch, weight, decay, position });
      position += bucket.length;
    }
  }
  return epoch;
}

/** Scores one bucket's matching ids into `board.best` (the best per article, marked with `epoch`). */
function scoreBucket(
  bucket: ArrayLike<number>,
  match: Int32Array,
  board: ScoreBoard,
  at: { readonly epoch: number; readonly weight: number; readonly decay: number; readonly position: number },
): void {
  const { seen, best } = board;
  const { epoch, weight, decay, position } = at;
  for (let i = 0; i < bucket.length; i += 1) {
    const id = bucket[i] ?? 0;
    if (!hasId(match, id)) continue;
    const score = weight - decay * (position + i);
    if (seen[id] !== epoch) {
      seen[id] = epoch;
      best[id] = score;
    } else if (score > (best[id] ?? 0)) best[id] = score;
  }
}
