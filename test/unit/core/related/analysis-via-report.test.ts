import { describe, expect, it } from 'vitest';
import {
  withAnalysisViaReport,
  type ReportCandidate,
} from '../../../../main/core/related/analysis-via-report.ts';
import type { RelatedReason } from '../../../../main/shared/types.ts';

// Round 38 of related-story scoring (issue 6): a follow-up in another language than its report shares
// nothing with the analysis written weeks later in the report's language. Through the report (its best
// candidate, days before, in the other language) the report's own later partner is shown second-hand,
// never confidently; a neighbouring story of the same days, or one through a report in the article's
// own language, is not.

const report = 2;
const analysis = 3;
const sameDaysStory = 4;
const days: Record<number, number> = { [report]: 4, [analysis]: 41, [sameDaysStory]: 8 };

const candidate = (id: number, score: number): ReportCandidate => ({
  id,
  score,
  reasons: [],
  days: days[id] ?? null,
});
const make = (id: number, score: number, reasons: readonly RelatedReason[]): ReportCandidate => ({
  id,
  score,
  reasons,
  days: days[id] ?? null,
});

function run(
  scored: readonly ReportCandidate[],
  partners: readonly ReportCandidate[],
  otherLanguage = true,
  floor = 0.1,
): ReportCandidate[] {
  return withAnalysisViaReport(
    scored,
    () => otherLanguage,
    () => partners,
    (id) => days[id] ?? null,
    (id) => `article ${id}`,
    make,
    floor,
  );
}

describe('withAnalysisViaReport', () => {
  it("adds the report's later analysis through the report, under the report and never confident", () => {
    const out = run([candidate(report, 0.27)], [candidate(analysis, 0.354)]);

    expect(out.map((c) => c.id)).toEqual([report, analysis]);
    const added = out[1] as ReportCandidate;
    expect(added.score).toBeLessThan(0.27);
    expect(added.score).toBeGreaterThan(0.1);
    expect(added.reasons[0]).toEqual({ kind: 'thread', via: { id: report, title: `article ${report}` } });
  });

  it("passes over the report's partners of the same days (a neighbouring story) for its later one", () => {
    const out = run([candidate(report, 0.27)], [candidate(sameDaysStory, 0.46), candidate(analysis, 0.354)]);

    expect(out.map((c) => c.id)).toEqual([report, analysis]);
  });

  it('adds nothing through a report in the same language, a weak one or one weeks before', () => {
    const partners = [candidate(analysis, 0.354)];

    expect(run([candidate(report, 0.27)], partners, false).map((c) => c.id)).toEqual([report]);
    expect(run([candidate(report, 0.076)], partners).map((c) => c.id)).toEqual([report]);
    expect(run([{ ...candidate(report, 0.27), days: 20 }], partners).map((c) => c.id)).toEqual([report]);
  });

  it("adds nothing when the report's later partner is only alike in passing or would fall under the floor", () => {
    expect(run([candidate(report, 0.27)], [candidate(analysis, 0.2)]).map((c) => c.id)).toEqual([report]);
    expect(run([candidate(report, 0.27)], [candidate(analysis, 0.354)], true, 0.3).map((c) => c.id)).toEqual([
      report,
    ]);
  });

  it('adds nothing to an article that already shows three suggestions', () => {
    const scored = [candidate(report, 0.27), candidate(sameDaysStory, 0.25), candidate(5, 0.22)];

    expect(run(scored, [candidate(analysis, 0.354)])).toEqual(scored);
  });

  it('leaves an analysis the article already shows as it is', () => {
    const scored = [candidate(report, 0.27), candidate(analysis, 0.25)];

    expect(run(scored, [candidate(analysis, 0.354)])).toEqual(scored);
  });
});
