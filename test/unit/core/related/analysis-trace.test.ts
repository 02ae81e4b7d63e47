import { describe, expect, it } from 'vitest';
import {
  analysisDays,
  crossLanguageNameDays,
  crossLanguageTownDays,
  rarestTown,
  possibleScoreCap,
  sharesAnalysisTrace,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';

// Session 9, round 25 (issue 6): an analysis weeks after a story names nobody of it and its wording is
// its own; what it keeps is the story's rare town or company and a word almost only the story uses.

const shown = { id: 1, score: 0.9, similarity: 0.3 };
const analysis = { id: 2, score: 0.076, similarity: 0.03, rarestName: 0.92, rarestWord: 1, days: 35 };

describe('an analysis weeks later that names nobody of the story', () => {
  it('fills a gap as a possible suggestion when it shares a nearly unique name and a nearly unique word', () => {
    const out = withPossibleSuggestions([shown], [shown, analysis], 10);

    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(out[1]?.score).toBeLessThanOrEqual(possibleScoreCap);
  });

  it('ranks such a filler above a candidate only alike in wording', () => {
    const lookAlike = { id: 3, score: 0.05, similarity: 0.13 };

    const out = withPossibleSuggestions([shown], [shown, lookAlike, analysis], 2);

    expect(out.map((c) => c.id)).toEqual([1, 2]);
  });

  it('does not fill a gap with a rare name alone, a common word, or more than six weeks apart', () => {
    expect(sharesAnalysisTrace({ ...analysis, rarestWord: 0.5 })).toBe(false);
    expect(sharesAnalysisTrace({ ...analysis, rarestName: 0.5 })).toBe(false);
    expect(sharesAnalysisTrace({ ...analysis, days: analysisDays + 1 })).toBe(false);
    expect(sharesAnalysisTrace({ ...analysis, days: null })).toBe(false);
    expect(sharesAnalysisTrace(analysis)).toBe(true);
  });

  it('never fills a gap with a candidate judged another story', () => {
    const out = withPossibleSuggestions([shown], [shown, { ...analysis, otherStory: true }], 10);

    expect(out.map((c) => c.id)).toEqual([1]);
  });
});

describe("an analysis in another language weeks later that shares only the story's town", () => {
  const town = { id: 4, score: 0.069, similarity: 0.02, rarestName: 0.92, rarestTown: 0.92, days: 39 };
  const otherLanguage = (id: number): boolean => id !== 1;

  it('fills a gap up to six weeks apart when the name is a nearly unique place', () => {
    const out = withPossibleSuggestions([shown], [shown, town], 10, otherLanguage);

    expect(town.days).toBeLessThanOrEqual(crossLanguageTownDays);
    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [4, true],
    ]);
  });

  // Round 44: a nearly unique name that is no known place now spans six weeks too (crossLanguageNameDays).
  it('does not when the name is no known place and past the weeks a name spans, or the town is further apart than six weeks', () => {
    const word = { ...town, rarestTown: 0, days: crossLanguageNameDays + 1 };
    const far = { ...town, days: crossLanguageTownDays + 1 };

    expect(withPossibleSuggestions([shown], [shown, word, far], 10, otherLanguage).map((c) => c.id)).toEqual([
      1,
    ]);
  });

  it('reads a town only from places, not from institutions or words read as other names', () => {
    const entities = [
      { name: 'Nemea', type: 'place', weight: 0.92, scene: true },
      { name: 'Inspectorate', type: 'organisation', weight: 1, scene: true, institution: true },
      { name: 'Central', type: 'other', weight: 0.95, scene: true },
    ];

    expect(rarestTown(entities)).toBe(0.92);
  });
});
