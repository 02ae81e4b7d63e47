import { describe, expect, it } from 'vitest';
import { moveMention } from '../../../../main/core/entities/api/move-mention.ts';
import { toEntityId, toMentionId } from '../../../../main/shared/ids.ts';
import { defined, entityTestDb, value } from './entity-test-db.ts';

const text = 'Jordan Lee spoke in Jordan. Later Lee left.';
const now = new Date('2026-02-03T04:05:06.000Z');

/** An article where "Jordan" (the country) was wrongly confirmed as the person Jordan Lee. */
async function wrongMention() {
  const kit = await entityTestDb([text]);
  const { api, first } = kit;
  const person = value(
    await api.tagMention({
      articleId: first,
      start: 0,
      end: 10,
      text: 'Jordan Lee',
      entity: { name: 'Jordan Lee', type: 'person' },
    }),
  );
  const personId = defined(person.mentions[0]).entityId;
  const start = text.indexOf('Jordan', 5);
  const tagged = value(
    await api.tagMention({
      articleId: first,
      start,
      end: start + 6,
      text: 'Jordan',
      entity: { id: personId },
    }),
  );
  const wrong = defined(tagged.mentions.find((m) => m.start === start));
  return { ...kit, personId, wrong };
}

describe('moving a mention to another entity', () => {
  it('re-points a mention at a new entity of the chosen type, made by a person, keeping its offsets', async () => {
    const { db, wrong } = await wrongMention();

    const after = value(
      moveMention(db, { mentionId: wrong.id, entity: { name: 'Jordan', type: 'place' } }, now),
    );

    const moved = defined(after.mentions.find((m) => m.start === wrong.start));
    expect(moved).toMatchObject({
      name: 'Jordan',
      type: 'place',
      text: 'Jordan',
      end: wrong.end,
      madeBy: 'person',
    });
    expect(after.mentions.filter((m) => m.name === 'Jordan Lee')).toHaveLength(1);
  });

  it('re-points a mention at an existing entity', async () => {
    const { db, api, first, wrong } = await wrongMention();
    const place = value(
      await api.tagMention({
        articleId: first,
        start: 34,
        end: 37,
        text: 'Lee',
        entity: { name: 'Lee', type: 'other' },
      }),
    );
    const otherId = defined(place.mentions.find((m) => m.name === 'Lee')).entityId;

    const after = value(moveMention(db, { mentionId: wrong.id, entity: { id: otherId } }, now));

    expect(after.mentions.filter((m) => m.entityId === otherId).map((m) => m.start)).toEqual([
      wrong.start,
      34,
    ]);
  });

  it('answers not-found for an unknown mention or entity and changes nothing', async () => {
    const { db, api, first, wrong } = await wrongMention();
    const before = value(await api.getArticleEntities({ id: first }));

    const codes = [
      moveMention(db, { mentionId: toMentionId(999), entity: { name: 'X', type: 'person' } }, now),
      moveMention(db, { mentionId: wrong.id, entity: { id: toEntityId(999) } }, now),
    ].map((r) => (r.ok ? 'ok' : r.error.code));

    expect(codes).toEqual(['not-found', 'not-found']);
    expect(value(await api.getArticleEntities({ id: first }))).toEqual(before);
  });
});
