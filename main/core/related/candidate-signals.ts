import type { DatabaseSync } from 'node:sqlite';
import { copiesOf } from '../store/related-repository.ts';
import { inOtherLanguage } from './primary-language.ts';
import { explainPair, scoreRelated, type ScoredCandidate } from './score-related.ts';

// A read-only window on what scoreRelated computed for each candidate, for measurement (the bench's
// learned-combination experiment): the hand rules' flags ride on the candidates (every hold spreads
// them through), but ScoredCandidate does not name them, so they are read here by name. Nothing in
// the app calls this: it changes no score.

/** The flags scoreRelated's rules compute for a candidate (score-related.ts, scorePair). */
export const candidateFlags = [
  'otherStory',
  'namedCast',
  'lonePerson',
  'storyCast',
  'institutionOnly',
  'wideSceneOnly',
  'separate',
  'storyWithoutCast',
  'specific',
  'copy',
] as const;

/** One flag's name. */
export type CandidateFlag = (typeof candidateFlags)[number];

/** Everything the engine knows about one candidate of an article, before and after its rules. */
export interface CandidateSignals {
  readonly id: number;
  /** Its place in the engine's order (0 = best). */
  readonly rank: number;
  /** The engine's final score, after holds, threads and corroboration. */
  readonly score: number;
  /** The pair's score on its own evidence, before any hold or thread (explainPair). */
  readonly ownScore: number;
  readonly similarity: number;
  readonly pieces: number;
  readonly topic: number;
  readonly figures: number;
  readonly rarestName: number;
  readonly rarestWord: number;
  readonly rarestTown: number;
  readonly days: number | null;
  /** Lifted through a third article (thread-evidence.ts). */
  readonly lifted: boolean;
  /** Written in a known language other than the article's. */
  readonly otherLanguage: boolean;
  readonly flags: Readonly<Record<CandidateFlag, boolean>>;
}

function flagsOf(candidate: ScoredCandidate): Record<CandidateFlag, boolean> {
  const fields = candidate as unknown as Readonly<Record<string, unknown>>;
  return Object.fromEntries(candidateFlags.map((name) => [name, fields[name] === true])) as Record<
    CandidateFlag,
    boolean
  >;
}

/** The candidates scoreRelated scores for `id` (no exclusions), best first, with their signals. */
export function candidateSignals(db: DatabaseSync, id: number): CandidateSignals[] {
  const { scored, summaries } = scoreRelated(db, id, new Set(), copiesOf(db, id));
  const other = inOtherLanguage(summaries, id);
  return scored.map((c, rank) => {
    const fields = c as unknown as Readonly<Record<string, unknown>>;
    return {
      id: c.id,
      rank,
      score: c.score,
      ownScore: explainPair(db, id, c.id).score,
      similarity: c.similarity,
      pieces: c.pieces,
      topic: c.topic,
      figures: typeof fields['figures'] === 'number' ? fields['figures'] : 0,
      rarestName: c.rarestName,
      rarestWord: c.rarestWord,
      rarestTown: c.rarestTown,
      days: c.days,
      lifted: typeof fields['via'] === 'number',
      otherLanguage: other(c.id),
      flags: flagsOf(c),
    };
  });
}
