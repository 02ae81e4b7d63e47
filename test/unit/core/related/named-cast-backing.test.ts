import { describe, expect, it } from 'vitest';
import { heldScore, holdUncorroborated } from '../../../../main/core/related/corroboration.ts';
import type { Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sharesNamedCast } from '../../../../main/core/related/named-cast-backing.ts';

// Round 18 of related-story scoring (issue 6): a first report and its follow-up made of quotes share
// two rare full names of people and the organisation they act through, within days, and nothing else
// backs them. That shared cast backs a confident score as a shared figure does.

type Entity = Evidence['entities'][number];
const person = (name: string, weight = 1): Entity => ({ name, type: 'person', weight, person: true });
const organisation = (name: string, weight = 1): Entity => ({ name, type: 'organisation', weight });
const cast = [person('Eleni Stathopoulou'), person('Dimitris Vlachos'), organisation('Ministry of Health')];

describe('sharesNamedCast', () => {
  it('holds for two rare full names of people and a rare organisation within a week', () => {
    expect(sharesNamedCast({ entities: cast, days: 6 })).toBe(true);
  });

  it('does not hold for one person with one organisation, or a surname alone', () => {
    expect(sharesNamedCast({ entities: [cast[0] as Entity, cast[2] as Entity], days: 1 })).toBe(false);
    expect(
      sharesNamedCast({ entities: [cast[0] as Entity, person('Vlachos'), cast[2] as Entity], days: 1 }),
    ).toBe(false);
  });

  it('does not hold for common names, or weeks apart, or with no dates', () => {
    const common = [person('Eleni Stathopoulou', 0.6), cast[1] as Entity, cast[2] as Entity];

    expect(sharesNamedCast({ entities: common, days: 1 })).toBe(false);
    expect(sharesNamedCast({ entities: cast, days: 20 })).toBe(false);
    expect(sharesNamedCast({ entities: cast, days: null })).toBe(false);
  });
});

// Round 22: one rare full name with two rare names of the story's setting (organisations or a town few
// articles name) is the story's own cast too.
const place = (name: string, weight = 1): Entity => ({ name, type: 'place', weight, scene: true });

describe('sharesNamedCast with one full name and the setting', () => {
  it('holds for one rare full name and two rare organisations or a rare organisation and town', () => {
    const fund = organisation('Aldor Growth Fund');
    const buyer = organisation('Kessary Water Partners');

    expect(sharesNamedCast({ entities: [cast[0] as Entity, fund, buyer], days: 4 })).toBe(true);
    expect(sharesNamedCast({ entities: [cast[0] as Entity, fund, place('Velmora')], days: 4 })).toBe(true);
  });

  it('does not hold for a well-known place, a surname alone, no person, or weeks apart', () => {
    const fund = organisation('Aldor Growth Fund');

    expect(sharesNamedCast({ entities: [cast[0] as Entity, fund, place('Greece', 0.36)], days: 4 })).toBe(
      false,
    );
    expect(sharesNamedCast({ entities: [person('Stathopoulou'), fund, organisation('KVB')], days: 4 })).toBe(
      false,
    );
    expect(sharesNamedCast({ entities: [fund, organisation('KVB'), place('Velmora')], days: 4 })).toBe(false);
    expect(sharesNamedCast({ entities: [cast[0] as Entity, fund, organisation('KVB')], days: 17 })).toBe(
      false,
    );
  });
});

describe('corroboration by a shared named cast', () => {
  it('keeps confident a candidate sharing the named cast that nothing else backs', () => {
    const backed = { id: 1, score: 0.95, figures: 0, copy: false, via: null, namedCast: true };
    const unbacked = { ...backed, id: 2, namedCast: false };

    const out = holdUncorroborated([backed, unbacked], [], () => 0);

    expect(out.map((c) => c.score)).toEqual([0.95, heldScore(0.95)]);
  });
});
