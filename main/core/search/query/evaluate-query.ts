import type { DatabaseSync } from 'node:sqlite';
import type { WordMatcher } from '../snippet.ts';
import type { QueryFilter, QueryPlan, QueryTerm } from './parse-query.ts';
import type { IdTest } from './apply-filters.ts';
import { alternativeOf, exclusionGroups, groupMatches, phraseBonus } from './gather-candidates.ts';
import { queryMatcher } from './match-words.ts';
import { createPhraseCheck } from './phrase-check.ts';
import type { FieldCache } from './field-cache.ts';
import type { PhraseResults } from './phrase-results.ts';
import {
  rankEachCandidate,
  rankOneGroup,
  type RankedCandidates,
  type RankedId,
  type RankingContext,
} from './rank-candidates.ts';
import type { SearchSort } from '../../../shared/types.ts';
import { verifyInOrder, type Candidate, type CandidateSequence } from './verify-hits.ts';
import { answerKey, type ResumeCache } from './resume-cache.ts';

/**
 * Plain words found side by side are checked only among this many best hits (a first screenful):
 * each check reads a whole text, and 20 of them were the slowest part of a first multi-word query.
 */
const adjacencyChecks = 10;

/** What evaluating a query reads: the index, the database, the rows in memory, the scratch arrays. */
export interface QueryContext extends RankingContext {
  readonly db: DatabaseSync;
  /** Recently read texts for phrase checks (forget an article when its text changes). */
  readonly texts: FieldCache;
  /** Phrase checks already made (clear when the index changes). */
  readonly phrases: PhraseResults;
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
