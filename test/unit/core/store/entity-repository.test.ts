import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../../main/core/store/entity-repository.ts';
import {
  mergedInto,
  mergeEntityRows,
  splitEntityRows,
} from '../../../../main/core/store/entity-merge-repository.ts';
import {
  entityNameTaken,
  listEntityRows,
  replaceAliases,
  updateEntityRow,
} from '../../../../main/core/store/entity-registry-repository.ts';
import { addArticle, addEntity, addMentions, freshDb } from '../entities/entity-test-kit.ts';

function snapshot(db: Awaited<ReturnType<typeof freshDb>>): unknown {
  return {
    entities: db.prepare('SELECT id, name, name_key, merged_into FROM entities ORDER BY id').all(),
    aliases: db.prepare('SELECT * FROM entity_aliases ORDER BY entity_id, alias_key').all(),
    mentions: db.prepare('SELECT id, entity_id, origin_entity_id FROM entity_mentions ORDER BY id').all(),
  };
}

describe('the entity registry rows', () => {
  it('lists live entities whose name or alias has a word starting with the folded query, with counts', async () => {
    const db = await freshDb();
    const putin = addEntity(db, 'Vladimir Putin');
    addEntity(db, 'Paris', 'place');
    const hidden = addEntity(db, 'Putin');
    const nato = addEntity(db, 'North Atlantic Treaty Organization', 'organisation');
    replaceAliases(db, nato, ['NATO']);
    addMentions(db, addArticle(db, { title: 'A', text: 'Putin met Putin.' }), putin, 'Putin');
    mergeEntityRows(db, hidden, putin);

    const found = listEntityRows(db, { query: 'PUT', offset: 0, limit: 10 });
    expect(found.total).toBe(1);
    expect(found.items.map((e) => [e.name, e.mentionCount, e.articleCount])).toEqual([
      ['Vladimir Putin', 2, 1],
    ]);
    expect(listEntityRows(db, { query: 'nat', offset: 0, limit: 10 }).items.map((e) => e.name)).toEqual([
      'North Atlantic Treaty Organization',
    ]);
    expect(listEntityRows(db, { type: 'place', offset: 0, limit: 10 }).items.map((e) => e.name)).toEqual([
      'Paris',
    ]);
    const paged = listEntityRows(db, { offset: 1, limit: 1 });
    expect([paged.total, paged.items.map((e) => e.name)]).toEqual([3, ['Paris']]);
    db.close();
  });

  it('treats a name as taken only by another live entity, compared by key', async () => {
    const db = await freshDb();
    const us = addEntity(db, 'U.S.', 'place');
    const other = addEntity(db, 'Other');

    expect(entityNameTaken(db, 'us', other)).toBe(true);
    expect(entityNameTaken(db, 'US', us)).toBe(false);
    mergeEntityRows(db, us, other);
    expect(entityNameTaken(db, 'us', other)).toBe(false);
    db.close();
  });

  it('renames, and drops an alias equal to the new name; replacing aliases keeps the ones still wanted', async () => {
    const db = await freshDb();
    const id = addEntity(db, 'Putin');
    replaceAliases(db, id, ['Vladimir Putin', 'V. Putin', 'putin']);
    updateEntityRow(db, id, { name: 'Vladimir Putin', note: 'President', colour: '#aa0000' });

    expect(getEntity(db, id)).toMatchObject({
      name: 'Vladimir Putin',
      aliases: ['V. Putin'],
      note: 'President',
    });
    replaceAliases(db, id, ['Putin', 'V Putin']);
    expect(getEntity(db, id)?.aliases).toEqual(['Putin', 'V Putin']);
    db.close();
  });

  it('splits a merge back to exactly the rows before it, nested merges included', async () => {
    const db = await freshDb();
    const article = addArticle(db, { title: 'A', text: 'Vladimir Putin, Putin and V. Putin spoke.' });
    const target = addEntity(db, 'Vladimir Putin');
    const source = addEntity(db, 'Putin');
    const deeper = addEntity(db, 'V. Putin');
    addMentions(db, article, target, 'Vladimir Putin');
    addMentions(db, article, source, 'Putin,');
    addMentions(db, article, deeper, 'V. Putin');
    replaceAliases(db, source, ['Mr Putin']);
    replaceAliases(db, target, ['mr putin']);
    mergeEntityRows(db, deeper, source);
    const before = snapshot(db);

    mergeEntityRows(db, source, target);
    expect(getEntity(db, target)).toMatchObject({
      mentionCount: 3,
      aliases: ['mr putin', 'Putin', 'V. Putin'],
    });
    expect(mergedInto(db, target)).toEqual([{ id: source, name: 'Putin' }]);

    splitEntityRows(db, target, source);
    expect(snapshot(db)).toEqual(before);
    db.close();
  });
});
