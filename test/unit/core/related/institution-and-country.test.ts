import { describe, expect, it } from 'vitest';
import { cappedScore, type Evidence } from '../../../../main/core/related/explain-relation.ts';
import {
  holdInstitutionAndCountry,
  sharesOnlyInstitutionAndCountry,
} from '../../../../main/core/related/institution-and-country.ts';
import type { ArticleSummary } from '../../../../main/shared/types.ts';

// Round 23 of related-story scoring (issue 6): a foreign article on another matter of the same
// institution in the same country (a German report on a Serbian utility's loan, an English one on its
// billing error) shares the institution, the country and its capital, and nothing of what happened.

type Entity = Evidence['entities'][number];
const utility: Entity = { name: 'EPS', type: 'organisation', weight: 1, institution: true };
const country: Entity = { name: 'Serbia', type: 'place', weight: 0.36, scene: true };
const capital: Entity = { name: 'Belgrade', type: 'place', weight: 0.34, scene: true };
const evidence = { entities: [utility, country, capital], numbers: [], similarity: 0.07 };

describe('sharesOnlyInstitutionAndCountry', () => {
  it('holds for one institution with a country and its capital, little wording and no figure', () => {
    expect(sharesOnlyInstitutionAndCountry(evidence)).toBe(true);
  });

  it('does not hold with a person, a rare figure, a rare town, wording, or a company instead', () => {
    const person: Entity = { name: 'Dragan Milosavljević', type: 'person', weight: 1, person: true };
    const town: Entity = { name: 'Pantelej', type: 'place', weight: 1, scene: true };
    const company: Entity = { name: 'BASF', type: 'organisation', weight: 1, institution: false };

    expect(sharesOnlyInstitutionAndCountry({ ...evidence, entities: [utility, person, country] })).toBe(
      false,
    );
    expect(sharesOnlyInstitutionAndCountry({ ...evidence, numbers: [{ value: '11,300', weight: 1 }] })).toBe(
      false,
    );
    expect(sharesOnlyInstitutionAndCountry({ ...evidence, entities: [utility, town, capital] })).toBe(false);
    expect(sharesOnlyInstitutionAndCountry({ ...evidence, similarity: 0.2 })).toBe(false);
    expect(sharesOnlyInstitutionAndCountry({ ...evidence, entities: [company, country, capital] })).toBe(
      false,
    );
  });
});

describe('holdInstitutionAndCountry', () => {
  const summary = (id: number, lang: string | null) => ({ id, lang }) as unknown as ArticleSummary;
  const summaries = new Map([
    [1, summary(1, 'en')],
    [2, summary(2, 'de')],
    [3, summary(3, 'en')],
    [4, summary(4, null)],
  ]);
  const candidate = (id: number, institutionOnly = true) => ({
    id,
    score: 0.515,
    topic: 0,
    copy: false,
    institutionOnly,
  });

  it('holds a foreign article sharing only the institution and the country under the display floor', () => {
    const [held] = holdInstitutionAndCountry([candidate(2)], summaries, 1);

    expect(held?.score).toBe(cappedScore);
  });

  it('leaves one in the same or an unknown language, or sharing more, as scored', () => {
    const kept = holdInstitutionAndCountry([candidate(3), candidate(4), candidate(2, false)], summaries, 1);

    expect(kept.map((c) => c.score)).toEqual([0.515, 0.515, 0.515]);
  });
});
