import type { DatabaseSync } from 'node:sqlite';
import { toArticleId } from '../../shared/ids.ts';
import type { RelatedReason } from '../../shared/types.ts';
import { copiesOf, publishedDayOf } from '../store/related-repository.ts';
import { analysisAfterDays, farWordingScore, storyWeekDays } from './explain-relation.ts';
import { wantedSuggestions } from './possible-suggestions.ts';
import { inOtherLanguage } from './primary-language.ts';
import { scoreRelated, type RelatedScores, type ScoredCandidate } from './score-related.ts';

// Round 38: a follow-up in another language than its first report shares that report's rare names
// within days, but nothing at all with the analysis written weeks later in the report's language:
// the analysis names the story once, in its own words, and no name of the follow-up. The report is the
// link: the analysis is the report's own partner (alike in the story's wording, weeks later), and the
// follow-up continues the report. So, for an article whose best candidate is a report in another
// language within a story's week, the report's best partner that came weeks after the article (a later
// analysis, not a neighbouring story of the same days) is shown through the report, second-hand:
// as weak as the weaker link, never confident, and only where the article shows fewer than three.

/** A scored candidate as this rule sees it. */
export interface ReportCandidate {
  readonly id: number;
  readonly score: number;
  readonly reasons: readonly RelatedReason[];
  /** Days between the candidate and the article, null when either date is unknown. */
  readonly days: number | null;
}

/** The least score the report needs with the article: a shown suggestion, on two pieces of evidence. */
export const reportLinkScore = 0.2;
/** Second-hand evidence counts for this share of its weaker link. */
const secondHandShare = 0.8;

/**
 * The candidates, with the report's best later partner added through the report when the article's
 * best candidate is a report in another language within a story's week (`otherLanguage`). `partnersOf`
 * scores the report's own candidates (the article left out); `daysFromArticle` dates one of them
 * against the article. One that would score under the display floor (`floor`) is left as it was, and
 * an article showing three or more above it gets none.
 */
export function withAnalysisViaReport<C extends ReportCandidate>(
  scored: readonly C[],
  otherLanguage: (id: number) => boolean,
  partnersOf: (report: number) => readonly ReportCandidate[],
  daysFromArticle: (id: number) => number | null,
  titleOf: (id: number) => string,
  make: (id: number, score: number, reasons: readonly RelatedReason[]) => C,
  floor: number,
): C[] {
  const report = scored[0];
  if (report === undefined || report.score < reportLinkScore || !otherLanguage(report.id)) return [...scored];
  if (report.days === null || report.days > storyWeekDays) return [...scored];
  // An article already showing a full list has no gap for second-hand evidence (nor its cost).
  if (scored.filter((c) => c.score >= floor).length >= wantedSuggestions) return [...scored];
  const shown = new Set(scored.filter((c) => c.score >= reportLinkScore).map((c) => c.id));
  const later = partnersOf(report.id).find((p) => {
    const days = daysFromArticle(p.id);
    return days !== null && days > analysisAfterDays && p.score >= farWordingScore;
  });
  if (later === undefined || shown.has(later.id)) return [...scored];
  const score = Math.round(1000 * secondHandShare * Math.min(report.score, later.score)) / 1000;
  if (score < floor) return [...scored];
  const via = { id: toArticleId(report.id), title: titleOf(report.id) };
  const lifted = make(later.id, score, [{ kind: 'thread', via }, ...later.reasons]);
  return [...scored.filter((c) => c.id !== later.id), lifted].sort(
    (a, b) => b.score - a.score || a.id - b.id,
  );
}

/** A candidate reached only through the report: nothing of its own is shared with the article. */
const secondHand = (
  id: number,
  score: number,
  reasons: readonly RelatedReason[],
  days: number | null,
): ScoredCandidate => ({
  id,
  score,
  reasons,
  similarity: 0,
  pieces: 0,
  topic: 0,
  otherStory: false,
  rarestName: 0,
  rarestWord: 0,
  rarestTown: 0,
  rareWords: 0,
  days,
});

/**
 * An article's scored candidates (`scoreRelated`, `excluded` left out), with its report's later
 * analysis added through the report (`withAnalysisViaReport`): the report's own candidates are scored
 * with the article left out too, and the summaries of the articles they name are kept with the
 * article's. `floorFor` gives the display floor for a best score.
 */
export function scoreWithAnalysisViaReport(
  db: DatabaseSync,
  id: number,
  excluded: ReadonlySet<number>,
  floorFor: (best: number) => number,
): RelatedScores {
  const own = scoreRelated(db, id, excluded, copiesOf(db, id));
  const summaries = new Map(own.summaries);
  // Days from the article (null when either date is unknown): read once per article, not its features.
  const ownDay = publishedDayOf(db, id);
  const daysFrom = (other: number): number | null => {
    const day = ownDay === null ? null : publishedDayOf(db, other);
    return day === null || ownDay === null ? null : Math.abs(day - ownDay);
  };
  const scored = withAnalysisViaReport(
    own.scored,
    inOtherLanguage(summaries, id),
    (report) => {
      const theirs = scoreRelated(db, report, new Set([id, ...excluded]), copiesOf(db, report));
      for (const [other, summary] of theirs.summaries)
        if (!summaries.has(other)) summaries.set(other, summary);
      return theirs.scored;
    },
    daysFrom,
    (other) => summaries.get(other)?.title ?? '',
    (other, score, reasons) => secondHand(other, score, reasons, daysFrom(other)),
    floorFor(own.scored[0]?.score ?? 0),
  );
  return { scored, summaries };
}
