import type { ArticleSummary } from '../../shared/types.ts';
import type { FeatureRow } from '../store/related-repository.ts';
import { termsPerArticle } from './article-features.ts';
import { analysisAfterDays, cappedScore, type Evidence, wordingSimilarity } from './explain-relation.ts';
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
  /** Shares one rare person and nothing of what happened (lone-person.ts): who, not what. */
  readonly lonePerson?: boolean;
  /** Shares the story's rare people within a week (story-cast.ts): never held as another story. */
  readonly storyCast?: boolean;
  /** Shares only the setting, no one of the cast, weeks later and alike (sharesSettingWeeksLater). */
  readonly settingWeeksLater?: boolean;
  /** Left unheld by holdCastWithoutStory for its setting alone: it carries no thread to a third article. */
  readonly settingOnly?: boolean;
}

/**
 * Round 51: the rule's premise is that two texts on one story, in one language, share its wording. An
 * analysis written weeks later restates the story once, in its own words: held-out-46's English Panj
 * analysis shares with its first report the district only these articles name (Hamadoni), the river and
 * wording alike overall (cosine 0.18), but under the rare-word mass of a wording piece, and was held at
 * 0.076 as "the same cast in another story" while it shares no one of a cast at all. A pair that shares
 * no person and no institution, only places, weeks later and with texts alike, is the same setting's
 * story or another one there: it is left to the other holds (corroboration keeps it under 0.5 unbacked).
 */
export function sharesSettingWeeksLater(
  evidence: Pick<Evidence, 'entities' | 'similarity' | 'days'>,
): boolean {
  const cast = evidence.entities.filter((e) => e.scene !== true);
  return (
    evidence.days !== null &&
    evidence.days > analysisAfterDays &&
    evidence.similarity >= wordingSimilarity &&
    cast.length > 0 &&
    cast.every((e) => e.type === 'place' && e.person !== true && e.institution !== true)
  );
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
 * Whether two of the scored articles (any two, not only the article and a candidate) can be compared by
 * wording: the same test as comparableTexts. Unknown articles (not in `summaries`) are not comparable.
 */
export function comparablePair(
  summaries: ReadonlyMap<number, ArticleSummary>,
  featuresOf: (id: number) => readonly FeatureRow[],
): (a: number, b: number) => boolean {
  const long = (id: number): boolean => termCount(featuresOf(id)) >= comparableTerms;
  return (a, b) => {
    const lang = primaryLanguage(summaries, a);
    return lang !== null && primaryLanguage(summaries, b) === lang && long(a) && long(b);
  };
}

/**
 * A pair of two candidates (a thread's or a backer's) judged as holdCastWithoutStory judges the article
 * and a candidate: comparable texts sharing nothing that says what happened are held at the
 * single-piece score, so the same cast in another story neither carries a thread nor backs a candidate.
 */
export function candidatePairScore(
  pair: { score: number; topic: number; lonePerson?: boolean; storyCast?: boolean },
  comparable: boolean,
): number {
  const castOnly = (pair.topic === 0 || pair.lonePerson === true) && pair.storyCast !== true;
  return castOnly && pair.score > cappedScore && comparable ? cappedScore : pair.score;
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
  return candidates.map((c) => {
    const held =
      (c.topic === 0 || c.lonePerson === true) &&
      c.storyCast !== true &&
      !c.copy &&
      c.score > cappedScore &&
      comparable(c.id);
    if (!held) return c;
    // Round 51: left unheld, but a thread of the setting alone, never one of the story (score-related.ts).
    if (c.settingWeeksLater === true) return { ...c, settingOnly: true };
    return { ...c, score: cappedScore, otherStory: true };
  });
}
