import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAndWait } from '../import/library-test-kit.ts';
import { dumpTables, libraryWith, nth, openSideConnection, suggesterSettled } from './trash-test-kit.ts';

const pages = [
  {
    title: 'Harbour bridge reopens',
    body: 'The zanzibarite harbour bridge reopened after repairs by Ferrovia.',
  },
  { title: 'Council budget vote', body: 'The council voted on the quillwort budget for the coming year.' },
];

function addLink(db: ReturnType<typeof openSideConnection>, source: number, target: number): void {
  db.prepare(
    `INSERT INTO article_links (source_id, target_id, type, note, made_by, created_at, updated_at)
     VALUES (?, ?, 'related', 'a note', 'person', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run(source, target);
}

describe('the Trash', () => {
  it('restoring a trashed article leaves every table exactly as before it was trashed', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    const [a, b] = [nth(ids, 0), nth(ids, 1)];
    const side = openSideConnection(dir);
    await suggesterSettled(side);
    const tagged = await library.tagMention({
      articleId: nth(ids, 0),
      start: 4,
      end: 11,
      text: 'zanzibarite'.slice(0, 7),
      entity: { name: 'Zanzib', type: 'place' },
    });
    expect(tagged.ok).toBe(true);
    addLink(side, a, b);
    addLink(side, b, a);
    // Related-story features waiting to be written are written before a Trash moves the counts: write
    // them first (asking for suggestions does), so that the tables compared hold them.
    await library.getRelatedSuggestions({ id: a });
    const before = dumpTables(side);

    expect(await library.trashArticles({ ids: [nth(ids, 0)] })).toEqual({ ok: true, value: { trashed: 1 } });
    const during = dumpTables(side);
    expect(during['articles']).toHaveLength(1);
    expect(during['article_links']).toEqual([]);
    expect(during['entity_mentions']).toEqual([]);

    const restored = await library.restoreArticles({ ids: [nth(ids, 0)] });
    expect(restored).toEqual({ ok: true, value: { restored: 1, ids: [a], droppedLinks: 0, skipped: 0 } });
    expect(dumpTables(side)).toEqual(before);
    const trash = await library.listTrash({});
    expect(trash.ok && trash.value.items).toEqual([]);
  });

  it('search stops finding a trashed article and finds it again once restored', async () => {
    const { library, ids } = await libraryWith(pages);
    const found = async (): Promise<number[]> => {
      const answer = await library.search({ query: 'zanzibarite', limit: 10 });
      return answer.ok ? answer.value.hits.map((hit) => hit.article.id) : [];
    };
    expect(await found()).toEqual([ids[0]]);
    await library.trashArticles({ ids: [nth(ids, 0)] });
    expect(await found()).toEqual([]);
    await library.restoreArticles({ ids: [nth(ids, 0)] });
    expect(await found()).toEqual([ids[0]]);
  });

  it('lists trashed articles with their title, site and when they were trashed', async () => {
    const { library, ids } = await libraryWith(pages);
    await library.trashArticles({ ids: [nth(ids, 1)] });
    const listed = await library.listTrash({});
    expect(listed.ok && listed.value.items).toEqual([
      { id: ids[1], title: 'Council budget vote', siteName: null, trashedAt: expect.any(String) as string },
    ]);
    const list = await library.listArticles({ sort: 'added', order: 'asc', offset: 0, limit: 10 });
    expect(list.ok && list.value.items.map((item) => item.id)).toEqual([ids[0]]);
  });

  it('drops, and counts, restored links whose other article was deleted for good', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    addLink(openSideConnection(dir), nth(ids, 0), nth(ids, 1));
    await library.trashArticles({ ids: [nth(ids, 0)] });
    await library.trashArticles({ ids: [nth(ids, 1)] });
    await library.emptyTrash({ ids: [nth(ids, 1)] });
    const restored = await library.restoreArticles({ ids: [nth(ids, 0)] });
    expect(restored.ok && restored.value).toMatchObject({ restored: 1, droppedLinks: 1 });
  });

  it('restores two articles trashed together with the link between them', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    const side = openSideConnection(dir);
    addLink(side, nth(ids, 0), nth(ids, 1));
    await library.trashArticles({ ids: [nth(ids, 0), nth(ids, 1)] });
    const restored = await library.restoreArticles({ ids: [nth(ids, 1), nth(ids, 0)] });
    expect(restored.ok && restored.value).toMatchObject({ restored: 2, droppedLinks: 0 });
    expect(side.prepare('SELECT count(*) AS n FROM article_links').get()).toEqual({ n: 1 });
  });

  it('emptying the Trash deletes the original file, and frees its bytes', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    const side = openSideConnection(dir);
    const { path, size } = side
      .prepare(
        'SELECT o.path, o.size FROM originals o JOIN articles a ON a.original_sha256 = o.sha256 WHERE a.id = ?',
      )
      .get(nth(ids, 0)) as { path: string; size: number };
    await library.trashArticles({ ids: [nth(ids, 0)] });
    expect(existsSync(join(dir, path))).toBe(true);
    const emptied = await library.emptyTrash({});
    expect(emptied).toEqual({ ok: true, value: { deleted: 1, freedBytes: size } });
    expect(existsSync(join(dir, path))).toBe(false);
    expect(side.prepare('SELECT count(*) AS n FROM originals').get()).toEqual({ n: 1 });
  });

  it('emptying the Trash keeps an original that an article imported again still uses', async () => {
    const { library, dir, ids, files } = await libraryWith(pages);
    const side = openSideConnection(dir);
    await library.trashArticles({ ids: [nth(ids, 0)] });
    const again = await importAndWait(library, { paths: [nth(files, 0)], uploads: false });
    expect(again.outcomes[0]?.status).toBe('imported');
    const restored = await library.restoreArticles({ ids: [nth(ids, 0)] });
    expect(restored.ok && restored.value).toMatchObject({ restored: 0, skipped: 1 });
    const emptied = await library.emptyTrash({});
    expect(emptied).toEqual({ ok: true, value: { deleted: 1, freedBytes: 0 } });
    const { path } = side.prepare('SELECT path FROM originals').get() as { path: string };
    expect(existsSync(join(dir, path))).toBe(true);
  });

  it('a failure between snapshot and delete leaves the article intact and the Trash empty', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    const side = openSideConnection(dir);
    await suggesterSettled(side);
    // Features waiting to be written are written before a Trash (see above).
    await library.getRelatedSuggestions({ id: nth(ids, 0) });
    const before = dumpTables(side);
    side.exec(
      "CREATE TRIGGER fail_delete BEFORE DELETE ON provenance BEGIN SELECT RAISE(ABORT, 'simulated crash'); END",
    );
    const trashed = await library.trashArticles({ ids: [nth(ids, 0)] });
    expect(trashed.ok || trashed.error.code).toBe('internal');
    side.exec('DROP TRIGGER fail_delete');
    expect(dumpTables(side)).toEqual(before);
    expect(side.prepare('SELECT count(*) AS n FROM trash').get()).toEqual({ n: 0 });
    const hits = await library.search({ query: 'zanzibarite', limit: 10 });
    expect(hits.ok && hits.value.hits.map((hit) => hit.article.id)).toEqual([ids[0]]);
  });
});

describe('the Trash and entities', () => {
  it('an entity page no longer counts or lists a trashed article, and does again after restore', async () => {
    const { library, dir, ids } = await libraryWith(pages);
    await suggesterSettled(openSideConnection(dir));
    const tagged = await library.tagMention({
      articleId: nth(ids, 0),
      start: 4,
      end: 11,
      text: 'zanzibarite'.slice(0, 7),
      entity: { name: 'Zanzib', type: 'place' },
    });
    if (!tagged.ok) throw new Error(tagged.error.message);
    const entityId = tagged.value.mentions[0]?.entityId;
    if (entityId === undefined) throw new Error('no mention');
    const page = async (): Promise<[number, number[]]> => {
      const answer = await library.getEntityPage({ id: entityId });
      if (!answer.ok) throw new Error(answer.error.message);
      return [answer.value.entity.articleCount, answer.value.articles.map((a) => a.article.id)];
    };
    expect(await page()).toEqual([1, [nth(ids, 0)]]);
    await library.trashArticles({ ids: [nth(ids, 0)] });
    expect(await page()).toEqual([0, []]);
    await library.restoreArticles({ ids: [nth(ids, 0)] });
    expect(await page()).toEqual([1, [nth(ids, 0)]]);
  });
});
