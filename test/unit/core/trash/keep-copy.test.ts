import { describe, expect, it } from 'vitest';
import { libraryWith, nth, openSideConnection, suggesterSettled } from './trash-test-kit.ts';

const url = 'https://news.example/harbour-bridge';
const pages = [
  { title: 'Harbour bridge reopens', body: 'The harbour bridge reopened after repairs.', url },
  { title: 'Harbour bridge reopens (updated)', body: 'The harbour bridge reopened after long repairs.', url },
  { title: 'Council budget vote', body: 'The council voted on the budget.' },
];

describe('keeping one copy of a duplicate', () => {
  it('moves the removed copy’s links to the kept copy and trashes it with its mentions', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    const [keep, remove, other] = [nth(ids, 0), nth(ids, 1), nth(ids, 2)];
    const side = openSideConnection(dir);
    await suggesterSettled(side);
    side
      .prepare(
        `INSERT INTO article_links (source_id, target_id, type, made_by, created_at, updated_at)
         VALUES (?, ?, 'related', 'person', 'x', 'x')`,
      )
      .run(remove, other);
    const tagged = await library.tagMention({
      articleId: nth(ids, 1),
      start: 4,
      end: 11,
      text: 'harbour',
      entity: { name: 'Harbour', type: 'place' },
    });
    expect(tagged.ok).toBe(true);

    const kept = await library.keepCopy({ keepId: nth(ids, 0), removeId: nth(ids, 1) });
    expect(kept).toEqual({ ok: true, value: { keptId: keep, trashedId: remove, movedLinks: 1 } });
    expect(side.prepare('SELECT source_id, target_id FROM article_links').all()).toEqual([
      { source_id: keep, target_id: other },
    ]);
    expect(side.prepare("SELECT count(*) AS n FROM entity_mentions WHERE made_by = 'person'").get()).toEqual({
      n: 0,
    });
    const trash = await library.listTrash({});
    expect(trash.ok && trash.value.items.map((item) => item.id)).toEqual([remove]);
  });

  it('refuses two articles that are not copies of the same story', async () => {
    const { library, ids } = await libraryWith(pages);
    const refused = await library.keepCopy({ keepId: nth(ids, 0), removeId: nth(ids, 2) });
    expect(refused.ok || refused.error.code).toBe('invalid-request');
    const list = await library.listTrash({});
    expect(list.ok && list.value.items).toEqual([]);
  });
});
