import { fieldWeights } from '../search-index.ts';
import { DescendingKeys, keyId, scoreKey } from './descending-keys.ts';
import { addIds, countIds, DescendingIds, hasId, intersectInto, type DerivedBits } from './id-bits.ts';
import {
  listsOf,
  prefixCompletionFactor,
  type Lists,
  type PostingSource,
  type TermSpec,
} from './match-group.ts';
import type { ScoreBoard } from './score-board.ts';

/** One hit of a ranking. */
export interface RankedHit {
  readonly id: number;
  readonly score: number;
}

/** The hits of one AND-group in rank order, read only as far as they are needed. */
export interface RankedHits {
  readonly length: number;
  /** The hit at `rank` (0 = best), or undefined past the end. */
  readonly at: (rank: number) => RankedHit | undefined;
}

/**
 * A hit in a title, byline or site name scores at least 80 % of its field's weight (times 0.8 for a
 * prefix completion), which is more than a body hit's flat weight: so every article found only in
 * bodies ranks below every article found in a meta field, and body-only articles differ only by
 * their ids (newest first). That is what lets the ranking below skip scoring them one by one.
 */
const metaOutranksBody =
  Math.min(fieldWeights.title, fieldWeights.byline, fieldWeights.siteName) * 0.8 * prefixCompletionFactor >
  fieldWeights.body;

/** A term spec's lists split by field kind, and what a body-only hit of it counts for. */
interface SpecLists {
  readonly meta: readonly Lists[];
  readonly body: readonly Lists[];
  readonly all: readonly Lists[];
  readonly size: number;
  /** A body hit's factor when the article has a best-factor term in its body. */
  readonly topFactor: number;
  /** The factor otherwise (a prefix's completions when the prefix is itself a word), or null when all are equal. */
  readonly lowFactor: number | null;
}

function specLists(spec: TermSpec, source: PostingSource): SpecLists | null {
  const all = listsOf(spec, source);
  const body = all.filter((l) => l.field === 'body');
  const factors = [...new Set(body.map((l) => l.factor))].sort((a, b) => b - a);
  // Scores in three or more body tiers are not what this ranking enumerates.
  if (factors.length > 2) return null;
  return {
    meta: all.filter((l) => l.field !== 'body'),
    body,
    all,
    size: all.reduce((sum, l) => sum + l.length, 0),
    topFactor: factors[0] ?? 1,
    lowFactor: factors[1] ?? null,
  };
}

const none: RankedHits = { length: 0, at: () => undefined };

/** What a ranking by bits needs from the caller. */
export interface BitRankingInput {
  readonly specs: readonly TermSpec[];
  readonly source: PostingSource;
  readonly board: ScoreBoard;
  /** Filters and exclusions: whether an article stays (null keeps all). */
  readonly keep: ((id: number) => boolean) | null;
  /** Added to every score (the group's phrase bonus). */
  readonly bonus: number;
}

/**
 * Ranks the articles having every term of an AND-group exactly as `matchGroup` + sorting by score
 * then newest would, without touching each hit more than once: the match is an intersection of
 * bit sets, only articles with a hit in a meta field (title, byline, site) are scored, and the
 * body-only rest is read newest first from the bits, as far as the page needs. Null when the
 * group's scores do not have that shape (the caller then scores every hit).
 */
export function rankByBits(input: BitRankingInput): RankedHits | null {
  if (!metaOutranksBody) return null;
  const perSpec: SpecLists[] = [];
  for (const spec of input.specs) {
    const lists = specLists(spec, input.source);
    if (lists === null) return null;
    perSpec.push(lists);
  }
  if (perSpec.length === 0) return null;
  if (perSpec.some((s) => s.size === 0)) return none;
  // Rarest first, as matchGroup sums them (the same order gives the same floating-point scores).
  perSpec.sort((a, b) => a.size - b.size);
  if (perSpec.filter((s) => s.lowFactor !== null).length > 1) return null;
  for (;;) {
    const ranked = rankWithin(perSpec, input, input.board.idCapacity);
    if (typeof ranked !== 'number') return ranked;
    // An id beyond the sets' room (a new article): grow them once and start again.
    input.board.idCapacity = Math.max(ranked + 1, input.board.idCapacity * 2);
  }
}

/** The ranking with room for `capacity` ids, or the largest id that did not fit. */
function rankWithin(
  perSpec: readonly SpecLists[],
  input: BitRankingInput,
  capacity: number,
): RankedHits | number {
  const { board, keep, bonus } = input;
  const words = Math.ceil(capacity / 32);
  const match = board.bits('rank-match', words);
  const exact = board.bits('rank-exact', words);
  const matched = matchBits(perSpec, board.bits('rank-union', words), match, exact);
  if (matched !== true) return matched;
  const mixed = perSpec.find((s) => s.lowFactor !== null) ?? null;

  // The loops live in small functions: optimized on their own, not as one large function that
  // was compiled mid-loop and thrown back to the interpreter at its first unseen line.
  const { metaIds, metaBits } = metaHits(perSpec, match, board, words);
  board.fit(capacity - 1);
  for (const [k, spec] of perSpec.entries())
    addSpecScores(k === 0, spec, metaIds, board, metaScores(spec, match, board), exact);
  const scoreOf = board.scratch('rank-scores', capacity);
  const keys = board.scratch('rank-keys', metaIds.length);
  const kept = keyScores(metaIds, board.total, { keep, bonus, scoreOf, keys });
  const metaRanked = new DescendingKeys(keys.subarray(0, kept));

  // Body-only articles: the tier of those with the best-factor term, then the others; newest first in each.
  const tierScore = (low: boolean): number => {
    let sum = 0;
    for (const [k, spec] of perSpec.entries()) {
      const factor = low && spec === mixed ? (spec.lowFactor ?? spec.topFactor) : spec.topFactor;
      sum = (k === 0 ? 0 : sum) + fieldWeights.body * factor;
    }
    return sum + bonus;
  };
  const bodyOnly = (within: Int32Array | null, invert: boolean): DerivedBits => ({
    include: match,
    exclude: metaBits,
    within,
    invert,
  });
  const tiers =
    mixed === null
      ? [{ bits: bodyOnly(null, false), score: tierScore(false) }]
      : [
          { bits: bodyOnly(exact, false), score: tierScore(false) },
          { bits: bodyOnly(exact, true), score: tierScore(true) },
        ];
  const counted = tiers.reduce((sum, t) => sum + countIds(t.bits, keep), 0);
  const bodyAt = bodyWalk(tiers, keep);
  return {
    length: kept + counted,
    at: (rank) => {
      if (rank >= kept) return bodyAt(rank - kept);
      const key = metaRanked.at(rank);
      if (key === undefined) return undefined;
      const id = keyId(key);
      return { id, score: scoreOf[id] ?? 0 };
    },
  };
}

/**
 * The articles having every term, in `match`, and those with a best-factor body term of the mixed
 * spec in `exact`; `union` is scratch. True when some article matches, `none` when none does, or the
 * largest id that did not fit.
 */
function matchBits(
  perSpec: readonly SpecLists[],
  union: Int32Array,
  match: Int32Array,
  exact: Int32Array,
): true | RankedHits | number {
  let overflow = -1;
  for (const [k, spec] of perSpec.entries()) {
    const into = k === 0 ? match : union;
    if (k > 0) into.fill(0);
    for (const { buckets } of spec.all)
      for (const bucket of buckets)
        if (bucket !== undefined) overflow = Math.max(overflow, addIds(into, bucket));
    if (spec.lowFactor !== null)
      for (const { buckets, factor } of spec.body)
        if (factor === spec.topFactor)
          for (const bucket of buckets) if (bucket !== undefined) addIds(exact, bucket);
    if (overflow >= 0) return overflow;
    if (k > 0 && !intersectInto(match, union)) return none;
  }
  return true;
}

/**
 * Adds one spec's score to each meta-hit article's total (`board.total`, summed in spec order as
 * matchGroup sums): its best meta score when `seen` marks it, else its body hit's flat weight.
 */
function addSpecScores(
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
function keyScores(
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

/** Reads body-only hits tier after tier, newest first in each, as far as asked. */
function bodyWalk(
  tiers: readonly { readonly bits: DerivedBits; readonly score: number }[],
  keep: ((id: number) => boolean) | null,
): (rank: number) => RankedHit | undefined {
  const found: RankedHit[] = [];
  let tier = 0;
  let walker: DescendingIds | null = null;
  return (rank) => {
    while (found.length <= rank) {
      const current = tiers[tier];
      if (current === undefined) return undefined;
      walker ??= new DescendingIds(current.bits, keep);
      const id = walker.next();
      if (id >= 0) found.push({ id, score: current.score });
      else {
        tier += 1;
        walker = null;
      }
    }
    return found[rank];
  };
}

/**
 * The matching articles with a hit in some meta field of some term, as bits and listed in
 * `board.touched` (a view, valid until the board's next pass: a JS array of 25,000 ids was the
 * costliest part of a query for "the").
 */
function metaHits(perSpec: readonly SpecLists[], match: Int32Array, board: ScoreBoard, words: number) {
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
function metaScores(spec: SpecLists, match: Int32Array, board: ScoreBoard): number {
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
