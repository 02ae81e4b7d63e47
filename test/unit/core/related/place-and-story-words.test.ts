import { describe, expect, it } from 'vitest';
import {
  analysisDays,
  analysisWordWeight,
  possibleScoreCap,
  sharesPlaceAndStoryWords,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';

// Round 47: held-out-42's English report of the Kano wall's breach and the analysis of Kano's earthen
// walls five weeks later share only Kano (a known city, 0.44) and the story's words ("rampart",
// "bricks"), under the wording bar: neither showed the other. The same held in six other sets (a
// Danube cruise ship aground and the analysis of the Fahrrinne, Rotterdam's dockers' pension fund).

const analysis = {
  id: 2,
  score: 0.076,
  similarity: 0.11,
  pieces: 1,
  topic: 0,
  rarestName: 0.44,
  rarestTown: 0.44,
  rarestWord: 1,
  rareWords: 2,
  days: 32,
};

describe('a shared place and two of the story’s nearly unique words', () => {
  it('fill a gap as a possible suggestion, though the wording is under the bar', () => {
    const out = withPossibleSuggestions([], [analysis], 10);

    expect(out.map((c) => [c.id, c.possible])).toEqual([[2, true]]);
    expect(out[0]?.score).toBeLessThanOrEqual(possibleScoreCap);
  });

  it('do not when only one nearly unique word is shared beside the city', () => {
    expect(sharesPlaceAndStoryWords({ ...analysis, rareWords: 1 })).toBe(false);
    expect(withPossibleSuggestions([], [{ ...analysis, rareWords: 1 }], 10)).toEqual([]);
  });

  it('do not without a shared place, nor beyond six weeks', () => {
    expect(sharesPlaceAndStoryWords({ ...analysis, rarestTown: 0 })).toBe(false);
    expect(sharesPlaceAndStoryWords({ ...analysis, days: analysisDays + 1 })).toBe(false);
    expect(sharesPlaceAndStoryWords({ ...analysis, days: null })).toBe(false);
  });

  it('count words as nearly unique from the analysis trace’s weight', () => {
    expect(analysisWordWeight).toBeGreaterThanOrEqual(0.85);
    expect(sharesPlaceAndStoryWords(analysis)).toBe(true);
  });
});
