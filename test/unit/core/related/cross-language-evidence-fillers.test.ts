import { describe, expect, it } from 'vitest';
import { topicPieces, type Evidence } from '../../../../main/core/related/explain-relation.ts';
import {
  possibleScoreCap,
  withPossibleSuggestions,
} from '../../../../main/core/related/possible-suggestions.ts';

// Session 6, round 9 (issue 6): between two languages the cosine sees only names and cognates, so a
// foreign follow-up that repeats the story's rare figure where it happened was hidden. It now fills an
// empty slot as a possible suggestion; a candidate sharing only who or where (a person, a court, a
// city) still does not.

const shown = [{ id: 1, score: 0.9, similarity: 0.3, pieces: 3, topic: 1 }];
const otherLanguage = (id: number): boolean => id >= 10;

describe('possible suggestions on evidence across languages', () => {
  it('fills a gap with a candidate in another language sharing a rare figure and a place', () => {
    const figureAndPlace = { id: 10, score: 0.119, similarity: 0, pieces: 2, topic: 1 };

    const out = withPossibleSuggestions(shown, [...shown, figureAndPlace], 10, otherLanguage);

    expect(out.map((c) => [c.id, c.possible])).toEqual([
      [1, false],
      [10, true],
    ]);
    expect(out[1]?.score).toBe(possibleScoreCap);
  });

  it('leaves out a candidate in another language sharing only a person and a place', () => {
    const castOnly = { id: 11, score: 0.076, similarity: 0.02, pieces: 2, topic: 0 };

    const out = withPossibleSuggestions(shown, [...shown, castOnly], 10, otherLanguage);

    expect(out.map((c) => c.id)).toEqual([1]);
  });

  it('leaves out a candidate in another language sharing a figure and nothing else', () => {
    const figureAlone = { id: 12, score: 0.076, similarity: 0.01, pieces: 1, topic: 1 };

    const out = withPossibleSuggestions(shown, [...shown, figureAlone], 10, otherLanguage);

    expect(out.map((c) => c.id)).toEqual([1]);
  });

  it('keeps the wording bar for a candidate in the same language, whatever evidence it shares', () => {
    const sameLanguage = { id: 2, score: 0.119, similarity: 0, pieces: 2, topic: 1 };

    const out = withPossibleSuggestions(shown, [...shown, sameLanguage], 10, otherLanguage);

    expect(out.map((c) => c.id)).toEqual([1]);
  });

  it('counts a shared rare figure as saying what happened, and a shared place or person not', () => {
    const none: Evidence = { entities: [], numbers: [], similarity: 0, words: [], days: 3 };
    const place = { name: 'Graz', type: 'place', weight: 0.9, scene: true };
    const person = { name: 'Ingrid Pichler', type: 'person', weight: 1 };

    expect(topicPieces({ ...none, numbers: [{ value: '312', weight: 1 }], entities: [place] })).toBe(1);
    expect(topicPieces({ ...none, entities: [place, person] })).toBe(0);
  });
});
