import { describe, expect, it } from 'vitest';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 7 of related-story scoring (issue 6): a person two texts share is the cast, not the story,
// when texts that could share their words (they share several) are about different things.

const mayor: FeatureRow = { key: 'e:p:levan gogoladze', weight: 1, label: 'Levan Gogoladze', type: 'person' };
const term = (word: string): FeatureRow => ({ key: `t:${word}`, weight: 1, label: word, type: null });
/** Forty content words of one text; `shared` of them are also in the other text's forty. */
function texts(shared: number): [FeatureRow[], FeatureRow[]] {
  const own = Array.from({ length: 40 }, (_, i) => term(`own${i}`));
  const theirs = Array.from({ length: 40 }, (_, i) => (i < shared ? term(`own${i}`) : term(`their${i}`)));
  return [
    [mayor, ...own],
    [mayor, ...theirs],
  ];
}
const personWeight = (own: FeatureRow[], theirs: FeatureRow[]): number | undefined =>
  sharedEvidence(own, theirs, () => 2, 1000).entities.find((e) => e.type === 'person')?.weight;

describe('a shared person in texts about different things', () => {
  it('counts half when the texts share several words yet their content is unlike', () => {
    const [own, theirs] = texts(3);

    expect(personWeight(own, theirs)).toBe(0.5);
  });

  it('counts fully when the texts share enough words to be alike in content', () => {
    const [own, theirs] = texts(6);

    expect(personWeight(own, theirs)).toBe(1);
  });

  it('counts fully when the texts share too few words to compare, as in two languages', () => {
    const [own, theirs] = texts(2);

    expect(personWeight(own, theirs)).toBe(1);
  });

  it('does not count the words of a name as shared content', () => {
    const [own, theirs] = texts(2);
    const nameWord = term('gogoladze');

    expect(personWeight([...own, nameWord], [...theirs, nameWord])).toBe(1);
  });
});
