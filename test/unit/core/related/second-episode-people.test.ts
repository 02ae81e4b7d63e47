import { describe, expect, it } from 'vitest';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 8, round 19 (issue 6): a second factory fire in the same county the same month shares the
// county, the labour inspectorate and the kind of story's words with the first report, and reports no
// rare figure of its own: round 17's rule (its own site AND figure) let it score 0.97. It names its
// own people in full and its own site, and none of the first report's: two episodes.

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const figure = (key: string, label: string): FeatureRow => ({ key, weight: 1, label, type: null });
const rare = (): number => 2;
const articles = 1000;

const county = entity('e:n:velmora', 'Velmora', 'place');
const inspectorate = entity('e:n:labour inspectorate', 'Labour Inspectorate', 'organisation');
const first = [
  county,
  inspectorate,
  entity('e:n:ostravatex', 'Ostravatex', 'capitalised'),
  entity('e:p:halvorsen', 'Mira Halvorsen', 'person'),
  figure('n:620', '620'),
];
const secondFire = [
  county,
  inspectorate,
  entity('e:n:kelnik', 'Kelnik', 'place'),
  entity('e:p:brandt', 'Jonas Brandt', 'person'),
];

const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
  separateEpisodes(a, b, sharedEvidence(a, b, rare, articles), rare, articles);

describe('a second episode with people of its own but no figure of its own', () => {
  it('is judged separate when the pair shares only the county and an institution', () => {
    expect(judge(first, secondFire)).toBe(true);
    expect(judge(secondFire, first)).toBe(true);
  });

  it('is not judged separate when it repeats a person of the first report in full', () => {
    const person = entity('e:p:halvorsen', 'Mira Halvorsen', 'person');

    expect(judge(first, [...secondFire, person])).toBe(false);
  });

  it('is not judged separate when the pair shares two places (a story over a region)', () => {
    const town = entity('e:n:lisbor', 'Lisbor', 'place');

    expect(judge([...first, town], [...secondFire, town])).toBe(false);
  });

  it('is not judged separate when one side names no person of its own', () => {
    const noPeople = secondFire.filter((f) => !f.key.startsWith('e:p:'));

    expect(judge(first, noPeople)).toBe(false);
  });
});
