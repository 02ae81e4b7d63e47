import { describe, expect, it } from 'vitest';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 42 (issue 6): held-out-37's confirmation of a Keswick amateur's comet names neither him nor
// Keswick ("the name of its finder", "a garden observatory in the Lake District"), only the region and
// a country where it was measured (Spain), both common in the library, and its own confirmers in full
// and their observatories. Round 19's rule (people of its own and a site of its own, the pair sharing at
// most one place) held the pair (0.778 on three pieces) as two episodes. Two episodes "in one county"
// share that county; a pair sharing no rare place at all is not two episodes at one place.

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const articles = 1000;
const region = entity('e:n:fellmoor', 'Fellmoor', 'place');
const country = entity('e:c:spain', 'Spain', 'place');
/** The region and the country are named by many articles of the library; everything else by two. */
const df = (key: string): number => (key === region.key || key === country.key ? 120 : 2);

const firstReport = [
  region,
  country,
  entity('e:n:thornby', 'Thornby', 'place'),
  entity('e:p:ashford', 'Peter Ashford', 'person'),
  entity('e:p:lomas', 'Sarah Lomas', 'person'),
];
const confirmation = [
  region,
  country,
  entity('e:n:palma', 'La Palma', 'place'),
  entity('e:p:ferrand', 'Ignacio Ferrand', 'person'),
];

const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
  separateEpisodes(a, b, sharedEvidence(a, b, df, articles), df, articles);

describe('a follow-up with people of its own, sharing only common places', () => {
  it('is not judged a second episode: it shares no rare place, so no one place', () => {
    expect(judge(firstReport, confirmation)).toBe(false);
    expect(judge(confirmation, firstReport)).toBe(false);
  });

  it('is judged a second episode when the pair shares one rare town besides (round 19, unchanged)', () => {
    const town = entity('e:n:cragside', 'Cragside', 'place');

    expect(judge([...firstReport, town], [...confirmation, town])).toBe(true);
  });
});
