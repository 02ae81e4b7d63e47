import type { SearchIndex } from '../search-index.ts';
import type { QueryPlan } from './parse-query.ts';
import type { IdTest } from './apply-filters.ts';
import { DescendingKeys, keyId, scoreKey, timeKey } from './descending-keys.ts';
import {
  alternativeOf,
  everyArticle,
  exclusionGroups,
  filteredGroupMatches,
  gatherCandidates,
  specsOf,
  type Candidates,
} from './gather-candidates.ts';
import { groupFilters } from './query-terms.ts';
import { rankByBits } from './rank-by-bits.ts';
import type { PrefixCache } from './prefix-cache.ts';
import type { RowStore } from './row-store.ts';
import type { ScoreBoard } from './score-board.ts';
import type { SearchSort } from '../../../shared/types.ts';

/** One ranked article id. */
export interface RankedId {
  readonly id: number;
  readonly score: number;
}

/** What ranking a query's candidates reads: the index, the rows in memory, the scratch arrays. */
export interface RankingContext {
  readonly index: SearchIndex;
  readonly rows: RowStore;
  readonly board: ScoreBoard;
  /** Recent prefixes' completions and bits (clear when the index changes). */
  readonly prefixes?: PrefixCache;
}

/** Ids marked in a byte per article (a Set of 100,000 ids costs more than the whole query should). */
function markIds(lists: readonly Int32Array[]): Uint8Array {
  let max = 0;
  for (const ids of lists) for (const id of ids) max = Math.max(max, id);
  const marks = new Uint8Array(lists.length === 0 ? 0 : max + 1);
  for (const ids of lists) for (const id of ids) marks[id] = 1;
  return marks;
}

/** Whether an article survives the query's filters and its word-only exclusions; null when all do. */
function keepTest(plan: QueryPlan, context: RankingContext): IdTest | null {
  const { index, rows, board } = context;
  // An article matching a whole excluded group without phrases is dropped now (index and rows only).
  const dropped = markIds(
    exclusionGroups(plan)
      .filter((group) => group.every((t) => t.kind !== 'phrase'))
      .flatMap((group) => filteredGroupMatches(group, index, board, rows)?.ids ?? []),
  );
  const passes = plan.filters.length > 0 ? rows.filter(plan.filters) : null;
  if (dropped.length === 0) return passes;
  const kept = (id: number): boolean => dropped[id] !== 1;
  return passes === null ? kept : (id) => kept(id) && passes(id);
}

/** Candidates in rank order with their scores, and how many have phrases to verify. */
export interface RankedCandidates {
  readonly length: number;
  readonly at: (rank: number) => RankedId | undefined;
  readonly idAt?: ((rank: number) => number | undefined) | undefined;
  readonly withPhrases: number;
  readonly alternativesOf: Candidates['alternativesOf'];
}

/**
 * One AND-group by relevance (what the search box mostly asks): ranked from bit sets, so a word in
 * half the library costs a page of hits rather than a score per hit. Null when it does not apply.
 */
export function rankOneGroup(
  plan: QueryPlan,
  context: RankingContext,
  sort: SearchSort,
): RankedCandidates | null {
  const [group, ...others] = plan.groups;
  if (sort !== 'relevance' || group === undefined || others.length > 0) return null;
  const { index, rows, board } = context;
  const specs = specsOf(group, index, context.prefixes);
  // A group of filters only starts from every article: the generic path does that.
  if (specs.length === 0) return null;
  const inGroup = groupFilters(group);
  const passes = keepTest(plan, context);
  const groupPasses = inGroup.length > 0 ? rows.filter(inGroup) : null;
  const keep =
    groupPasses === null
      ? passes
      : passes === null
        ? groupPasses
        : (id: number) => passes(id) && groupPasses(id);
  const bonus = alternativeOf(group, 0).score;
  const ranked = rankByBits({
    specs,
    source: (field, term) => index.postings(field, term),
    board,
    keep,
    bonus,
  });
  if (ranked === null) return null;
  const phrases = alternativeOf(group, 0).phrases.length > 0;
  return {
    length: ranked.length,
    at: ranked.at,
    idAt: ranked.idAt,
    withPhrases: phrases ? ranked.length : 0,
    alternativesOf: (_, score) => [alternativeOf(group, score - bonus)],
  };
}

/** Every other query: each candidate scored, filtered and keyed, then ordered as far as it is read. */
export function rankEachCandidate(
  plan: QueryPlan,
  context: RankingContext,
  sort: SearchSort,
): RankedCandidates {
  const { index, rows, board } = context;
  const found =
    plan.clauses.length === 0 && plan.filters.length > 0
      ? everyArticle(rows.ids())
      : gatherCandidates(plan, index, board, rows);
  const keep = keepTest(plan, context);
  const { ids, scores } = found;
  const byDate = sort === 'date';
  let maxId = 0;
  for (const id of ids) maxId = Math.max(maxId, id);
  // Scratch reused across queries: only entries written by this query are ever read back.
  const scoreOf = board.scratch('scores', maxId + 1);
  const datedKeys = board.scratch('dated', byDate ? ids.length : 0);
  const undatedKeys = board.scratch('undated', ids.length);
  let datedCount = 0;
  let undatedCount = 0;
  let withPhrases = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    if (keep !== null && !keep(id)) continue;
    const score = scores[i] ?? 0;
    scoreOf[id] = score;
    if (found.needsPhrase(id)) withPhrases += 1;
    const time = byDate ? rows.timeOf(id) : null;
    if (time === null) undatedKeys[undatedCount++] = scoreKey(score, id);
    else datedKeys[datedCount++] = timeKey(time, id);
  }
  // Newest first by date; the undated after them in relevance order.
  const dated = new DescendingKeys(datedKeys.subarray(0, datedCount));
  const undated = new DescendingKeys(undatedKeys.subarray(0, undatedCount));
  return {
    length: dated.length + undated.length,
    at: (rank) => {
      const key = rank < dated.length ? dated.at(rank) : undated.at(rank - dated.length);
      if (key === undefined) return undefined;
      const id = keyId(key);
      return { id, score: scoreOf[id] ?? 0 };
    },
    withPhrases,
    alternativesOf: found.alternativesOf,
  };
}
