import { describe, expect, it } from 'vitest';
import {
  candidatePairScore,
  holdCastWithoutStory,
} from '../../../../main/core/related/cast-without-story.ts';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';
import { sharesOnlyOnePerson } from '../../../../main/core/related/lone-person.ts';

// Session 8, round 20 (issue 6): a professor quoted on a vineyard frost and the same professor leading
// a rankings inquiry a week later share his rare name, his (common) university and the words about
// him, but nothing of what happened. Between comparable texts that is the same person in another matter.

const professor = { name: 'Stavros Lazaridis', type: 'person', weight: 1, person: true };
const university = { name: 'Aristotle University', type: 'organisation', weight: 0.46, institution: true };
const farm = { name: 'Ktima Vermio', type: 'other', weight: 1 };
const city = { name: 'Thessaloniki', type: 'place', weight: 0.9, scene: true };

describe('the same person in another matter', () => {
  it('is judged so when one rare person, no figure and little wording are all the pair shares', () => {
    expect(
      sharesOnlyOnePerson({ entities: [professor, university, city], numbers: [], similarity: 0.11 }),
    ).toBe(true);
  });

  it('is not judged so when the pair shares another rare name, a rare figure or the story’s wording', () => {
    const figure = { value: '1,140', weight: 0.9 };
    expect(sharesOnlyOnePerson({ entities: [professor, farm], numbers: [], similarity: 0.11 })).toBe(false);
    expect(sharesOnlyOnePerson({ entities: [professor], numbers: [figure], similarity: 0.11 })).toBe(false);
    expect(sharesOnlyOnePerson({ entities: [professor], numbers: [], similarity: 0.2 })).toBe(false);
  });

  it('is not judged so when the one rare name is not a person’s', () => {
    expect(sharesOnlyOnePerson({ entities: [farm, university], numbers: [], similarity: 0.11 })).toBe(false);
  });

  it('holds a comparable candidate sharing only the person, even with some wording, and marks it', () => {
    const candidates = [
      { id: 1, score: 0.82, topic: 1, copy: false, otherStory: false, lonePerson: true },
      { id: 2, score: 0.82, topic: 1, copy: false, otherStory: false, lonePerson: false },
      { id: 3, score: 0.82, topic: 1, copy: false, otherStory: false, lonePerson: true },
    ];

    const out = holdCastWithoutStory(candidates, (id) => id !== 3);

    expect(out.map((c) => [c.id, c.score, c.otherStory])).toEqual([
      [1, cappedScore, true],
      [2, 0.82, false],
      [3, 0.82, false],
    ]);
  });

  it('lets two candidates sharing only the person neither carry a thread nor back each other', () => {
    expect(candidatePairScore({ score: 0.82, topic: 1, lonePerson: true }, true)).toBe(cappedScore);
    expect(candidatePairScore({ score: 0.82, topic: 1, lonePerson: true }, false)).toBe(0.82);
  });
});
