import type { DatabaseSync } from 'node:sqlite';
import type { SearchIndex } from '../search-index.ts';
import type { WordMatcher } from '../snippet.ts';
import type { QueryFilter, QueryPlan, QueryTerm } from './parse-query.ts';
import type { IdTest } from './apply-filters.ts';
import { DescendingKeys, keyId, scoreKey, timeKey } from './descending-keys.ts';
import {
  alternativeOf,
  everyArticle,
  exclusionGroups,
  filteredGroupMatches,
  gatherCandidates,
  groupMatches,
  phraseBonus,
  specsOf,
  type Candidates,
} from './gather-candidates.ts';
import { groupFilters } from './query-terms.ts';
import { rankByBits } from './rank-by-bits.ts';
import { queryMatcher } from './match-words.ts';
import { createPhraseCheck } from './phrase-check.ts';
import type { FieldCache } from './field-cache.ts';
import type { PhraseResults } from './phrase-results.ts';
import type { PrefixCache } from './prefix-cache.ts';
import type { RowStore } from './row-store.ts';
import type { ScoreBoard } from './score-board.ts';
import type { SearchSort } from '../../../shared/types.ts';
import { verifyInOrder, type Candidate, type CandidateSequence } from './verify-hits.ts';
import { answerKey, type ResumeCache } from './resume-cache.ts';

/**
 * Plain words found side by side are checked only among this many best hits (a first screenful):
 * each check reads a whole text, and 20 of them were the slowest part of a first multi-word query.
 */
const adjacencyChecks = 10;

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
  /** Recent prefixes' completions and bits (clear when the index changes). */
  readonly prefixes?: PrefixCache;
  /** The last answer stopped by its time budget, to go on from (clear when the index changes). */
  readonly resume?: ResumeCache<RankedCandidates>;
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
  /** Where a hit's text holds a phrase of the query (or its words side by side), if a check found it there. */
  readonly textAt: (id: number) => number | undefined;
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
function keepTest(plan: QueryPlan, context: QueryContext): IdTest | null {
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
function rankOneGroup(plan: QueryPlan, context: QueryContext, sort: SearchSort): RankedCandidates | null {
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
function rankEachCandidate(plan: QueryPlan, context: QueryContext, sort: SearchSort): RankedCandidates {
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
  const { index, db, rows, resume } = context;
  const hasPhrase = createPhraseCheck(db, context.texts, context.phrases, index);
  // An answer stopped by time goes on from where it stopped (resume-cache.ts), on its own board.
  const key = resume === undefined || deadline === undefined ? null : answerKey([sort, plan]);
  const kept = key === null ? null : (resume?.find(key) ?? null);
  const board = resume?.freeBoard() ?? context.board;
  const ranking = { ...context, board };
  const candidates =
    kept?.ranking ?? rankOneGroup(plan, ranking, sort) ?? rankEachCandidate(plan, ranking, sort);

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
    const hit = candidates.at(rank);
    return hit === undefined
      ? undefined
      : { ...hit, alternatives: candidates.alternativesOf(hit.id, hit.score) };
  };
  const sequence: CandidateSequence = {
    length: candidates.length,
    at: candidateAt,
    withPhrases: candidates.withPhrases,
    idAt: candidates.idAt ?? ((rank) => candidates.at(rank)?.id),
  };
  // One AND-group: every candidate needs the group's phrases, so their pair filters screen it.
  const [onlyGroup, ...otherGroups] = plan.groups;
  const screen =
    onlyGroup === undefined || otherGroups.length > 0
      ? null
      : hasPhrase.screen(alternativeOf(onlyGroup, 0).phrases);
  const verified = verifyInOrder(
    sequence,
    {
      want:
        sort === 'relevance' && (candidateAt(0)?.alternatives[0]?.adjacent ?? null) !== null
          ? Math.max(want, adjacencyChecks)
          : want,
      excluded:
        phraseExclusions.length === 0
          ? null
          : (id) => phraseExclusions.some((g) => g.every((t) => hasTerm(id, t))),
      hasPhrase,
      ...(screen === null ? {} : { screen }),
      ...(deadline === undefined
        ? {}
        : {
            deadline,
            // An excluded phrase must be checked for every candidate; otherwise the candidate's phrases.
            wouldRead: (candidate: Candidate) =>
              phraseExclusions.length > 0 ||
              candidate.alternatives.some((a) => a.phrases.some((p) => !hasPhrase.known(candidate.id, p))),
          }),
    },
    kept?.progress,
  );
  if (key !== null && !verified.complete) {
    const progress = verified.progress;
    resume?.keep({ key, ranking: candidates, progress, board: kept?.board ?? board });
  } else if (kept !== null) {
    // Finished: nothing left to go on from. Another query's kept answer stays (its board is apart).
    resume?.keep(null);
  }
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
    textAt: hasPhrase.textAt,
  };
}
