import { describe, expect, it } from 'vitest';
import { explainRelation, type Evidence } from '../../../../main/core/related/explain-relation.ts';

// Round 7 of related-story scoring (issue 6): evidence a story's own content gives when names do not.

const none: Evidence = { entities: [], numbers: [], terms: [], similarity: 0, words: [], days: null };
/** A city several unrelated stories in the library name: less than half a piece on its own. */
const sharedCity = { name: 'Graz', type: 'place', weight: 0.39, scene: true };
/** Six words rare in the library that both texts use: a story's own vocabulary. */
const rareWords = ['ducats', 'ventilation', 'curators', 'alarm', 'raid', 'slovenian'].map((word) => ({
  word,
  weight: 1,
}));
const rareFigure = { value: '312', weight: 1 };
/** Minimum score a suggestion needs to be shown at all (related-api.ts). */
const shown = 0.1;

describe('related-story content rules', () => {
  it('shows an analysis two weeks later that shares no name or figure but is strongly alike in rare words', () => {
    const { score } = explainRelation({
      ...none,
      entities: [sharedCity],
      terms: rareWords,
      similarity: 0.22,
      days: 14,
    });

    expect(score).toBeGreaterThanOrEqual(shown);
  });

  it('keeps such a pair below a confident suggestion, since no name or figure backs it', () => {
    const { score } = explainRelation({
      ...none,
      entities: [sharedCity],
      terms: rareWords,
      similarity: 0.4,
      days: 14,
    });

    expect(score).toBeLessThan(0.5);
  });

  it('does not show a pair more than a week apart whose texts are only mildly alike', () => {
    const { score } = explainRelation({
      ...none,
      entities: [sharedCity],
      terms: rareWords,
      similarity: 0.12,
      days: 14,
    });

    expect(score).toBeLessThan(shown);
  });

  it('shows a report sharing only a common city and the same rare figure a few days later', () => {
    const { score } = explainRelation({ ...none, entities: [sharedCity], numbers: [rareFigure], days: 5 });

    expect(score).toBeGreaterThanOrEqual(shown);
  });

  it('does not show the same city and figure when they are more than a week apart', () => {
    const { score } = explainRelation({ ...none, entities: [sharedCity], numbers: [rareFigure], days: 10 });

    expect(score).toBeLessThan(shown);
  });
});
