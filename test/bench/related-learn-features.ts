// The feature rows the learning bench trains on: a candidate's signals as numbers, plus a few products
// the hand rules suggest matter together (a rare name within a week, wording across languages).
import { candidateFlags, type CandidateSignals } from '../../main/core/related/candidate-signals.ts';

/** Which signals a feature set reads. */
// all: the engine's final score and order too; signals: the evidence and the rules' flags, no final
// score; evidence: the pair's own evidence alone (no flag, no hold).
export type FeatureSet = 'all' | 'signals' | 'evidence';

const within = (days: number | null, limit: number): number => (days !== null && days <= limit ? 1 : 0);

/** The names of a feature set's columns, in row order. */
export function featureNames(set: FeatureSet): string[] {
  return [
    ...(set === 'all' ? ['score', 'score≥0.5', 'held', '1/(rank+1)', 'lifted'] : []),
    'ownScore',
    'similarity',
    'pieces',
    'topic',
    'figures',
    'rarestName',
    'rarestWord',
    'rarestTown',
    'daysKnown',
    'days≤7',
    'days≤30',
    'log1p(days)',
    'otherLanguage',
    'rarestName×days≤7',
    'similarity×otherLanguage',
    'rarestWord×days≤7',
    ...(set === 'evidence' ? [] : candidateFlags),
  ];
}

/** A candidate's row of a feature set (featureNames gives the columns). */
export function featureRow(s: CandidateSignals, set: FeatureSet): number[] {
  const week = within(s.days, 7);
  const other = s.otherLanguage ? 1 : 0;
  return [
    ...(set === 'all'
      ? [
          s.score,
          s.score >= 0.5 ? 1 : 0,
          s.score < s.ownScore - 1e-9 ? 1 : 0,
          1 / (s.rank + 1),
          s.lifted ? 1 : 0,
        ]
      : []),
    s.ownScore,
    s.similarity,
    s.pieces,
    s.topic,
    s.figures,
    s.rarestName,
    s.rarestWord,
    s.rarestTown,
    s.days === null ? 0 : 1,
    week,
    within(s.days, 30),
    s.days === null ? 0 : Math.log1p(s.days),
    other,
    s.rarestName * week,
    s.similarity * other,
    s.rarestWord * week,
    ...(set === 'evidence' ? [] : candidateFlags.map((name) => (s.flags[name] ? 1 : 0))),
  ];
}
