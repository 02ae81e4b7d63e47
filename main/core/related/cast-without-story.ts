import type { ArticleSummary } from '../../shared/types.ts';
import type { FeatureRow } from '../store/related-repository.ts';
import { termsPerArticle } from './article-features.ts';
import { cappedScore } from './explain-relation.ts';
import { primaryLanguage } from './primary-language.ts';
import { kindOf } from './shared-evidence.ts';

// Two full texts in one language that tell one story share its wording (what happened) or its figures
// and dates. When they share only who and where (the same mayor, the same court and its city, the
// same town's heritage office) and none of that, they are the same cast in another story. The rule
// needs texts that could show it: between two languages only names and cognates are spelt alike, and
// a brief of a few lines has too few words to share, so a foreign report or a short wire item sharing
// the names stays a suggestion.

/** The fewest terms each text must carry (of termsPerArticle kept) for its wording to count. */
export const comparableTerms = termsPerArticle / 2;

/** A candidate as the rule sees it: its own evidence with the article, before threads. */
export interface CastCandidate {
  readonly id: number;
  readonly score: number;
  /** Pieces of evidence saying what happened: a rare figure or date, the story's wording (topicPieces). */
  readonly topic: number;
  /** The same URL or near-identical text. */
  readonly copy: boolean;
  /** Judged another story on its evidence: never offered as a possible suggestion either. */
  readonly otherStory: boolean;
}

const termCount = (features: readonly FeatureRow[]): number =>
  features.filter((f) => kindOf(f.key) === 't').length;

/**
 * Whether a candidate's text can be compared with the article's by wording: both in one known language
 * and both long enough to carry `comparableTerms` terms (`summaries` holds the article and candidates).
 */
export function comparableTexts(
  summaries: ReadonlyMap<number, ArticleSummary>,
  id: number,
  own: readonly FeatureRow[],
  theirs: ReadonlyMap<number, { readonly features: readonly FeatureRow[] }>,
): (other: number) => boolean {
  const mine = primaryLanguage(summaries, id);
  if (mine === null || termCount(own) < comparableTerms) return () => false;
  return (other) =>
    primaryLanguage(summaries, other) === mine &&
    termCount(theirs.get(other)?.features ?? []) >= comparableTerms;
}

/**
 * The candidates, each comparable one (`comparable(id)`) that shares no piece saying what happened held
 * at the single-piece score (0.076, under the display floor) and marked as another story, so it is not
 * offered as a possible suggestion by its wording either.
 */
export function holdCastWithoutStory<C extends CastCandidate>(
  candidates: readonly C[],
  comparable: (id: number) => boolean,
): C[] {
  return candidates.map((c) =>
    c.topic === 0 && !c.copy && c.score > cappedScore && comparable(c.id)
      ? { ...c, score: cappedScore, otherStory: true }
      : c,
  );
}
