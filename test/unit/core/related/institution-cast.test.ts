import { describe, expect, it } from 'vitest';
import { rarestNameNotPerson } from '../../../../main/core/related/possible-suggestions.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import { sharesSpecific } from '../../../../main/core/related/thread-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Session 7, round 16 (issue 6): an institution (a financial-crime unit, a regulator, prosecutors) is
// who acted, not what happened. In a small library its acronym is as rare as a story's own name, so a
// thread lifted its next matter into the story's list as confident. It no longer counts as something
// specific to a story, and alone it no longer fills a gap across languages.

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const rare = (): number => 2;

describe('an institution as the cast', () => {
  it('does not make a pair sharing only an organisation acronym share something specific', () => {
    const own = [entity('e:n:sdoe', 'SDOE', 'organisation')];
    const theirs = [entity('e:n:sdoe', 'ΣΔΟΕ', 'organisation')];
    const evidence = sharedEvidence(own, theirs, rare, 1000);

    expect(evidence.entities.map((e) => [e.name, e.institution])).toEqual([['SDOE', true]]);
    expect(sharesSpecific(evidence)).toBe(false);
  });

  it('still counts a company with a legal form, or a rare name of no organisation, as specific', () => {
    const company = [entity('e:n:vindral', 'Vindral GmbH', 'organisation')];
    const village = [entity('e:n:peza', 'Peza', 'place')];

    expect(sharesSpecific(sharedEvidence(company, company, rare, 1000))).toBe(true);
    expect(sharesSpecific(sharedEvidence(village, village, rare, 1000))).toBe(true);
  });

  it('fills no gap across languages with an institution alone, but does with the place it acted in', () => {
    const unit = entity('e:n:sdoe', 'SDOE', 'organisation');
    const alone = sharedEvidence([unit], [unit], rare, 1000);
    const town = entity('e:n:matosinhos', 'Matosinhos', 'capitalised');
    const withPlace = sharedEvidence([unit, town], [unit, town], (key) => (key === unit.key ? 2 : 40), 1000);

    expect(rarestNameNotPerson(alone.entities)).toBe(0);
    expect(rarestNameNotPerson(withPlace.entities)).toBe(1);
  });
});
