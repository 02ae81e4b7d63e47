import { describe, expect, it } from 'vitest';
import { heldScore, holdUncorroborated } from '../../../../main/core/related/corroboration.ts';
import type { Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sharesRarePersonAndPlace } from '../../../../main/core/related/rare-person-and-place.ts';

// Round 27 of related-story scoring (issue 6): a report and its follow-up days later share one rare
// full name of a person, a rare town and a rare name of the thing the story turns on, and nothing
// else backs them. That shared cast backs a confident score as a shared figure does.

type Entity = Evidence['entities'][number];
const person = (name: string, weight = 1): Entity => ({ name, type: 'person', weight, person: true });
const town = (name: string, weight = 1, scene = false): Entity => ({ name, type: 'place', weight, scene });
const thing = (name: string, weight = 1): Entity => ({ name, type: 'other', weight, scene: true });
const cast = [person('Anna Veltrova'), town('Dol Ostrica'), thing('Kalvarian Codex')];

describe('sharesRarePersonAndPlace', () => {
  it('holds for a rare full name, a rare town and another rare name within four days', () => {
    expect(sharesRarePersonAndPlace({ entities: cast, days: 3 })).toBe(true);
  });

  it('does not hold without any one of the three, or for a surname alone', () => {
    expect(sharesRarePersonAndPlace({ entities: [cast[1] as Entity, cast[2] as Entity], days: 1 })).toBe(
      false,
    );
    expect(sharesRarePersonAndPlace({ entities: [cast[0] as Entity, cast[2] as Entity], days: 1 })).toBe(
      false,
    );
    expect(sharesRarePersonAndPlace({ entities: [cast[0] as Entity, cast[1] as Entity], days: 1 })).toBe(
      false,
    );
    expect(
      sharesRarePersonAndPlace({
        entities: [person('Veltrova'), cast[1] as Entity, cast[2] as Entity],
        days: 1,
      }),
    ).toBe(false);
  });

  it('does not hold for a gazetteer place, common names, a week apart or with no dates', () => {
    const gazetteer = [cast[0] as Entity, town('Dol Ostrica', 1, true), cast[2] as Entity];
    const common = [person('Anna Veltrova', 0.6), cast[1] as Entity, cast[2] as Entity];

    expect(sharesRarePersonAndPlace({ entities: gazetteer, days: 1 })).toBe(false);
    expect(sharesRarePersonAndPlace({ entities: common, days: 1 })).toBe(false);
    expect(sharesRarePersonAndPlace({ entities: cast, days: 7 })).toBe(false);
    expect(sharesRarePersonAndPlace({ entities: cast, days: null })).toBe(false);
  });
});

describe('corroboration by a rare person and place', () => {
  it('keeps confident a candidate sharing them that nothing else backs', () => {
    const namedCast = sharesRarePersonAndPlace({ entities: cast, days: 3 });
    const backed = { id: 1, score: 0.95, figures: 0, copy: false, via: null, namedCast };
    const unbacked = { ...backed, id: 2, namedCast: false };

    const out = holdUncorroborated([backed, unbacked], [], () => 0);

    expect(out.map((c) => c.score)).toEqual([0.95, heldScore(0.95)]);
  });
});
