import { describe, expect, it } from 'vitest';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 52: held-out-47's motorbikes on the Cerne Abbas Giant and four-by-fours on Badbury Rings share
// the county (common in the library), its police and the trust that keeps both monuments, and nothing
// of what happened; each names its own site and its own people. Round 19 judged such a pair two
// episodes only when it shared one rare place; sharing none, it scored 0.490, above the Giant's true
// follow-up. Two rare institutions and no rare place is two of a region's sites with the same keepers.

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const articles = 1000;
const county = entity('e:n:wessmoor', 'Wessmoor', 'place');
/** The county is named by many articles of the library; everything else by two. */
const df = (key: string): number => (key === county.key ? 120 : 2);

const police = entity('e:n:wessmoor police', 'Wessmoor Police', 'organisation');
const trust = entity('e:n:heritage trust', 'Heritage Trust', 'organisation');

const hillFigure = [
  county,
  police,
  trust,
  entity('e:n:caldon giant', 'Caldon Giant', 'place'),
  entity('e:p:trask', 'Owen Trask', 'person'),
];
const hillfort = [
  county,
  police,
  trust,
  entity('e:n:harrow rings', 'Harrow Rings', 'place'),
  entity('e:p:hollis', 'Megan Hollis', 'person'),
];

const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
  separateEpisodes(a, b, sharedEvidence(a, b, df, articles), df, articles);

describe('two episodes at two sites with the same keepers', () => {
  it('are judged separate when they share two institutions and no rare place', () => {
    expect(judge(hillFigure, hillfort)).toBe(true);
    expect(judge(hillfort, hillFigure)).toBe(true);
  });

  it('are not judged separate when they share one institution only', () => {
    const withoutTrust = (features: readonly FeatureRow[]) => features.filter((f) => f.key !== trust.key);

    expect(judge(withoutTrust(hillFigure), withoutTrust(hillfort))).toBe(false);
  });

  it('are not judged separate when one side names no person of its own', () => {
    const noPeople = hillfort.filter((f) => !f.key.startsWith('e:p:'));

    expect(judge(hillFigure, noPeople)).toBe(false);
  });

  it('are not judged separate when a follow-up repeats the first report’s site', () => {
    const site = entity('e:n:caldon giant', 'Caldon Giant', 'place');

    expect(judge(hillFigure, [...hillfort.filter((f) => !f.key.includes('harrow')), site])).toBe(false);
  });
});
