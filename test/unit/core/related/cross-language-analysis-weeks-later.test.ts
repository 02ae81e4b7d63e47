import { describe, expect, it } from 'vitest';
import {
  crossLanguageNameDays,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';

// Round 44 (issue 6): an analysis written five weeks after its story in another language shares only
// the story's nearly unique name (the Czech analysis of the Vřídlo collapse, the English one of the Kazakh
// report naming Medeu), and the rare-name filler stopped at four weeks, so it never filled an empty slot.

const shown = [{ id: 1, score: 0.48, similarity: 0.1, pieces: 3, topic: 1 }];
const otherLanguage = (id: number): boolean => id >= 10;
const rareName = { score: 0.076, similarity: 0.02, pieces: 1, topic: 0, rarestName: 1, rarestTown: 0 };

describe('an analysis in another language five weeks later', () => {
  it('fills a gap on a nearly unique name that is no known town', () => {
    const analysis = { id: 10, ...rareName, days: 37 };
    const out = withPossibleSuggestions(shown, [...shown, analysis], 10, otherLanguage);

    expect(analysis.days).toBeLessThanOrEqual(crossLanguageNameDays);
    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [10, true],
    ]);
  });

  it('does not past six weeks', () => {
    const far = { id: 11, ...rareName, days: 43 };

    expect(withPossibleSuggestions(shown, [...shown, far], 10, otherLanguage).map((c) => c.id)).toEqual([1]);
  });
});
