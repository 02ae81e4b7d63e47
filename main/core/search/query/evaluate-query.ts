import type { DatabaseSync } from 'node:sqlite';
import type { SearchIndex } from '../search-index.ts';
import type { WordMatcher } from '../snippet.ts';
import type { QueryFilter, QueryPlan, QueryTerm } from './parse-query.ts';
import type { IdTest } from './apply-filters.ts';
import { DescendingKeys, keyId, scoreKey, timeKey } from './descending-keys.ts';
import {
  everyArticle,
  exclusionGroups,
  filteredGroupMatches,
  gatherCandidates,
  groupMatches,
  phraseBonus,
  type Candidates,
} from './gather-candidates.ts';
import { queryMatcher } from './match-words.ts';
import { createPhraseCheck } from './phrase-check.ts';
import type { FieldCache } from './field-cache.ts';
import type { PhraseResults } from './phrase-results.ts';
import type { RowStore } from './row-store.ts';
import type { ScoreBoard } from './score-board.ts';
import type { SearchSort } from '../../../shared/types.ts';
import { verifyInOrder, type Candidate, type CandidateSequence } from './verify-hits.ts';

/** Plain words found adjacent are checked only among this many best hits (about a first screenful and a half). */
const adjacencyChecks = 20;

/** One ranked article id. */
export interface RankedId {
  readonly id: number;
  readonly score: number;
}

/** What evaluating a query reads: the index, the database, the rows in memory, the scratch arrays. */
export interface QueryContext {
  readonly index: SearchIndex;
  readonly db: DatabaseSync;
  readonly rows: RowStore;
  readonly board: ScoreBoard;
  /** Recently read texts for phrase checks (forget an article when its text changes). */
  readonly texts: FieldCache;
  /** Phrase checks already made (clear when the index changes). */
  readonly phrases: PhraseResults;
}

/** The first ranked hits of a query, how many there are, and the matcher that highlights its words. */
export interface Evaluated {
  /** Hits in order, at least the first `want` of them (all of them when `totalIsEstimate` is false and want is unbounded). */
  readonly ranked: readonly RankedId[];
  readonly total: number;
  /** Phrases were verified only until the page was filled: `total` extrapolates the rest. */
  readonly totalIsEstimate: boolean;
  /** False when the time budget stopped phrase checks before the page was filled: ask again. */
  readonly complete: boolean;
  readonly isMatch: WordMatcher;
}

/** Ids marked in a byte per article (a Set of 100,000 ids costs more than the whole query should). */
function markIds(lists: readonly Int32Array[]): Uint8Array {
  let max = 0;
  for (const ids of lists) for (const id of ids) max = Math.max(max, id);
  const marks = new Uint8Array(lists.length === 0 ? 0 : max + 1);
  for (const ids of lists) for (const id of ids) marks[id] = 1;
  return marks;
}

/** The candidates passing filters and word exclusions, as ordered keys, with their scores by id. */
function keysOf(plan: QueryPlan, context: QueryContext, found: Candidates, sort: SearchSort) {
  const { index, rows, board } = context;
  // An article matching a whole excluded group without phrases is dropped now (index and rows only).
  const dropped = markIds(
    exclusionGroups(plan)
      .filter((group) => group.every((t) => t.kind !== 'phrase'))
      .flatMap((group) => filteredGroupMatches(group, index, board, rows)?.ids ?? []),
  );
  const { ids, scores } = found;
  const passes = plan.filters.length > 0 ? rows.filter(plan.filters) : null;
  const excludes = dropped.length > 0;
  const byDate = sort === 'date';
  let maxId = 0;
  for (const id of ids) maxId = Math.max(maxId, id);
  // Scratch reused across queries: only entries written by this query are ever read back.
  const scoreOf = board.scratch('scores', maxId + 1);
  const dated = board.scratch('dated', byDate ? ids.length : 0);
  const undated = board.scratch('undated', ids.length);
  let datedCount = 0;
  let undatedCount = 0;
  let withPhrases = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    if (excludes && dropped[id] === 1) continue;
    if (passes !== null && !passes(id)) continue;
    const score = scores[i] ?? 0;
    scoreOf[id] = score;
    if (found.needsPhrase(id)) withPhrases += 1;
    const time = byDate ? rows.timeOf(id) : null;
    if (time === null) undated[undatedCount++] = scoreKey(score, id);
    else dated[datedCount++] = timeKey(time, id);
  }
  return {
    // Newest first by date; the undated after them in relevance order.
    dated: new DescendingKeys(dated.subarray(0, datedCount)),
    undated: new DescendingKeys(undated.subarray(0, undatedCount)),
    scoreOf,
    withPhrases,
  };
}

/**
 * Answers a parsed query: index candidates per AND-group, exclusions and filters applied, then
 * phrases verified against the stored text in rank order only until `want` hits are certain.
 */
export function evaluateQuery(
  plan: QueryPlan,
  context: QueryContext,
  sort: SearchSort = 'relevance',
  want = Infinity,
  deadline?: number,
): Evaluated {
  const { index, db, rows, board } = context;
  const hasPhrase = createPhraseCheck(db, context.texts, context.phrases);
  const found =
    plan.clauses.length === 0 && plan.filters.length > 0
      ? everyArticle(rows.ids())
      : gatherCandidates(plan, index, board, rows);
  const { dated, undated, scoreOf, withPhrases } = keysOf(plan, context, found, sort);

  const phraseExclusions = exclusionGroups(plan).filter((g) => g.some((t) => t.kind === 'phrase'));
  const wordSets = new Map<string, Set<number>>();
  const hasWord = (id: number, word: string): boolean => {
    let set = wordSets.get(word);
    if (set === undefined) {
      set = new Set(groupMatches([{ kind: 'word', text: word, prefix: false }], index, board).ids);
      wordSets.set(word, set);
    }
    return set.has(id);
  };
  // Each filter of an excluded group compiled once per query, not once per candidate tested.
  const filterTests = new Map<QueryFilter, IdTest>();
  const hasTerm = (id: number, term: QueryTerm): boolean => {
    if (term.kind === 'word') return hasWord(id, term.text);
    if (term.kind === 'phrase') return hasPhrase(id, term.text);
    let test = filterTests.get(term.filter);
    if (test === undefined) {
      test = rows.filter([term.filter]);
      filterTests.set(term.filter, test);
    }
    return test(id);
  };
  const candidateAt = (rank: number): Candidate | undefined => {
    const key = rank < dated.length ? dated.at(rank) : undated.at(rank - dated.length);
    if (key === undefined) return undefined;
    const id = keyId(key);
    const score = scoreOf[id] ?? 0;
    return { id, score, alternatives: found.alternativesOf(id, score) };
  };
  const sequence: CandidateSequence = { length: dated.length + undated.length, at: candidateAt, withPhrases };
  const verified = verifyInOrder(sequence, {
    want:
      sort === 'relevance' && (candidateAt(0)?.alternatives[0]?.adjacent ?? null) !== null
        ? Math.max(want, adjacencyChecks)
        : want,
    excluded:
      phraseExclusions.length === 0
        ? null
        : (id) => phraseExclusions.some((g) => g.every((t) => hasTerm(id, t))),
    hasPhrase,
    ...(deadline === undefined
      ? {}
      : {
          deadline,
          // An excluded phrase must be checked for every candidate; otherwise the candidate's phrases.
          wouldRead: (candidate: Candidate) =>
            phraseExclusions.length > 0 ||
            candidate.alternatives.some((a) => a.phrases.some((p) => !hasPhrase.known(candidate.id, p))),
        }),
  });
  let ranked: RankedId[] = verified.hits.map(({ id, score }) => ({ id, score }));
  if (sort === 'relevance') {
    // Typed as separate words but found side by side: ranks with the phrase hits.
    ranked = verified.hits
      .map(({ id, score, alternative }, rank) => {
        const adjacent = alternative.adjacent;
        const bonus =
          adjacent !== null && rank < adjacencyChecks && hasPhrase(id, adjacent) ? phraseBonus : 0;
        return { id, score: score + bonus };
      })
      .sort((a, b) => b.score - a.score || b.id - a.id);
  }
  return {
    ranked,
    total: verified.total,
    totalIsEstimate: verified.totalIsEstimate,
    complete: verified.complete,
    isMatch: queryMatcher(plan, index),
  };
}
