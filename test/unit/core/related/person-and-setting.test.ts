import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sharesPersonAndSetting } from '../../../../main/core/related/person-and-setting.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 10, round 31 (issue 6): a strike report and its follow-up three days later (the walkout's
// second week, an animal fallen ill) shared one person named in full, the small town of the site and a
// surname, but no figure and little wording; the cast-without-story rule held them as another story.
// One nearly unique person and a nearly unique setting within a few days are the story's own.

type Entity = Evidence['entities'][number];
const person = (name: string, weight = 1): Entity => ({ name, type: 'person', weight, person: true });
const town = (name: string, weight = 1, scene = false): Entity => ({ name, type: 'place', weight, scene });
const trust: Entity = { name: 'Velmora Hospitals Trust', type: 'organisation', weight: 1 };

const cast = [
  ['Teodor Marvakis', 'person'],
  ['Kelvarno', 'place'],
  ['Dunsikos', 'person'],
] as const;

const strike = `Teodor Marvakis, Kelvarno, Dunsikos: veterinary staff walked out over night duty left unpaid since spring, leaving keepers alone with feeding rounds, medicine schedules and enclosure checks, while managers blamed delayed transfers from the regional fund and union representatives demanded written guarantees before returning; pickets gathered at the gates each morning with placards, a petition circulated among volunteers, and the labour ministry was asked to mediate.`;
const secondWeek = `Teodor Marvakis, Kelvarno, Dunsikos: an elderly tigress stopped eating and lay listless behind thick glass, with nobody qualified to sedate her, draw blood or prescribe antibiotics; visitors found the big cats' house shut, a retired surgeon offered help without a licence, ticket refunds were promised, school trips cancelled, and a charity appealed for donations of fresh meat, blankets and heaters for winter.`;

describe('a pair sharing one rare person and the story’s setting within a few days', () => {
  it('suggests the follow-up sharing a person named in full and a rare town though it shares no figure', async () => {
    const { db, related } = await relatedTestDb();
    const [first, followUp] = addArticles(db, related, [
      { text: strike, entities: cast, date: '2026-11-16' },
      { text: secondWeek, entities: cast, date: '2026-11-19' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).toContain(followUp);
  });

  it('holds for a rare full name and a rare town that no gazetteer lists, within four days', () => {
    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), town('Kelvarno')], days: 3 })).toBe(
      true,
    );
  });

  it('does not hold for the same official and a gazetteer city or the organisation he speaks for', () => {
    const city = town('Thessaloniki', 1, true);

    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), city], days: 1 })).toBe(false);
    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), trust], days: 1 })).toBe(false);
  });

  it('does not hold for a surname alone, a common name, or more than four days apart', () => {
    const place = town('Kelvarno');

    expect(sharesPersonAndSetting({ entities: [person('Marvakis'), place], days: 1 })).toBe(false);
    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis', 0.6), place], days: 1 })).toBe(
      false,
    );
    expect(
      sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), town('Kelvarno', 0.7)], days: 1 }),
    ).toBe(false);
    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), place], days: 6 })).toBe(false);
    expect(sharesPersonAndSetting({ entities: [person('Teodor Marvakis'), place], days: null })).toBe(false);
  });
});

// Round 35: the lighthouse keepers' strike and the plan it answers share the union leader named in
// full, the island and the state lighthouse company, both names read from capitals only (scene).
const capitalsName = (name: string, over: Partial<Entity> = {}): Entity => ({
  name,
  type: 'other',
  weight: 1,
  scene: true,
  ...over,
});

describe('a rare person and two rare names read from capitals', () => {
  const leader = person('Marin Šimunić');

  it('holds within four days for a rare full name and two nearly unique names read from capitals', () => {
    const entities = [leader, capitalsName('Plovput'), capitalsName('Lastovo', { weight: 0.93 })];

    expect(sharesPersonAndSetting({ entities, days: 3 })).toBe(true);
  });

  it('does not hold for one such name, an institution among them, common ones, or five days apart', () => {
    const plovput = capitalsName('Plovput');

    expect(sharesPersonAndSetting({ entities: [leader, plovput], days: 3 })).toBe(false);
    expect(
      sharesPersonAndSetting({
        entities: [leader, plovput, capitalsName('BaFin', { institution: true })],
        days: 3,
      }),
    ).toBe(false);
    expect(
      sharesPersonAndSetting({
        entities: [leader, plovput, capitalsName('Split', { weight: 0.42 })],
        days: 3,
      }),
    ).toBe(false);
    expect(sharesPersonAndSetting({ entities: [leader, plovput, capitalsName('Lastovo')], days: 5 })).toBe(
      false,
    );
  });
});
