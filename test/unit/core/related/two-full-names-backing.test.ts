import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../main/core/related/explain-relation.ts';
import { sharesNamedCast } from '../../../../main/core/related/named-cast-backing.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Round 35 of related-story scoring (issue 6): a report and its follow-up from another outlet, days
// apart, name the same two people in full but not the organisation again, and share no figure. They
// were each other's first suggestion at 0.46–0.49, held under the confident line for want of a backer.
// Two rare full names within a week now back such a pair; one of them may be a name read from
// capitals only (a Turkish or Romanian name the entity reader does not know), not both. Within four
// days, a rare name read from capitals that is no person (a bell, a state company) counts as the
// story's setting beside one rare full name and a rare organisation.

type Entity = Evidence['entities'][number];
const person = (name: string, weight = 1): Entity => ({ name, type: 'person', weight, person: true });
/** A name read from its capitals only: counted with the scene, though one article reads it as a person's. */
const capitalsPerson = (name: string): Entity => ({
  name,
  type: 'other',
  weight: 1,
  person: true,
  scene: true,
});
const capitalsName = (name: string): Entity => ({ name, type: 'other', weight: 1, scene: true });
const agency: Entity = {
  name: 'Cultural Heritage Agency',
  type: 'organisation',
  weight: 1,
  institution: true,
};

describe('two rare full names back a pair', () => {
  it('holds for two rare full names within a week, with no organisation', () => {
    const entities = [person('Lenka Horáková', 0.93), person('Petr Vaněček')];

    expect(sharesNamedCast({ entities, days: 4 })).toBe(true);
  });

  it('holds when one of the two is read from capitals only', () => {
    const entities = [person('Selim Karaagac', 0.93), capitalsPerson('Murat Ekinci')];

    expect(sharesNamedCast({ entities, days: 3 })).toBe(true);
  });

  it('does not hold for two names both read from capitals, common names, weeks apart or one name', () => {
    expect(
      sharesNamedCast({
        entities: [capitalsPerson('Murat Ekinci'), capitalsPerson('Radu Munteanu')],
        days: 3,
      }),
    ).toBe(false);
    expect(
      sharesNamedCast({ entities: [person('Selim Karaagac', 0.46), person('Murat Ekinci')], days: 3 }),
    ).toBe(false);
    expect(sharesNamedCast({ entities: [person('Lenka Horáková'), person('Petr Vaněček')], days: 9 })).toBe(
      false,
    );
    expect(sharesNamedCast({ entities: [person('Selim Karaagac'), person('Karaagac')], days: 3 })).toBe(
      false,
    );
  });
});

describe('names read from capitals as the setting of one rare full name', () => {
  const entities = [person('Maarten de Wit'), agency, capitalsName('Salvator')];

  it('holds within four days for one rare full name, a rare organisation and a rare name read from capitals', () => {
    expect(sharesNamedCast({ entities, days: 4 })).toBe(true);
  });

  it('does not hold five days or more apart, nor for an institution read from capitals', () => {
    const institution: Entity = { ...capitalsName('BaFin'), institution: true };

    expect(sharesNamedCast({ entities, days: 5 })).toBe(false);
    expect(sharesNamedCast({ entities: [person('Maarten de Wit'), agency, institution], days: 2 })).toBe(
      false,
    );
  });
});

const report = {
  text: 'Two hot-air balloons collided over the valleys near Velmora at sunrise; the operator’s manager Murat Ekinci said the pilots were experienced, and governor Selim Karaagac ordered an inquiry into the launch fields above the vineyards.',
  entities: [
    ['Murat Ekinci', 'person'],
    ['Selim Karaagac', 'person'],
  ],
  date: '2026-04-20',
} as const;
const followUp = {
  text: 'Balloon flights stayed grounded for a month after the crash; Selim Karaagac told hoteliers cancellations were rising, and Murat Ekinci handed the flight records to investigators.',
  entities: [
    ['Selim Karaagac', 'person'],
    ['Murat Ekinci', 'person'],
  ],
  date: '2026-04-23',
} as const;
const trap = {
  text: 'The regional airport will close its runway for eight weeks of repairs, governor Selim Karaagac said, and travel agents expect tourists to arrive by coach instead.',
  entities: [['Selim Karaagac', 'person']],
  date: '2026-04-28',
} as const;

describe('a report and its follow-up naming the same two people', () => {
  it('are each other’s confident first suggestion', async () => {
    const { db, related } = await relatedTestDb();
    const [first, second] = addArticles(db, related, [report, followUp, ...fillerTopics]);

    const forFirst = await suggestionsFor(related, first);
    const forSecond = await suggestionsFor(related, second);

    expect(forFirst[0]?.article.id).toBe(second);
    expect(forFirst[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(forSecond[0]?.article.id).toBe(first);
    expect(forSecond[0]?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('while the same governor on another matter days later is no confident suggestion', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [report, trap, ...fillerTopics]);

    const suggestions = await suggestionsFor(related, first);

    expect(suggestions.find((s) => s.article.id === other)?.score ?? 0).toBeLessThan(0.5);
  });
});
