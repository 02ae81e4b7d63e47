import { describe, expect, it } from 'vitest';
import { RowStore } from '../../../../../main/core/search/query/row-store.ts';
import { tempDir } from '../../import/library-test-kit.ts';
import type { RowStore as Rows } from '../../../../../main/core/search/query/row-store.ts';
import { insertPlainArticle, openTestDatabase } from '../../../support/plain-article-db.ts';

async function databaseOf(count: number) {
  const db = openTestDatabase(await tempDir());
  const ids = Array.from({ length: count }, (_, n) =>
    insertPlainArticle(db, n, {
      text: `text ${n}`,
      title: `Title ${n}`,
      wordCount: 2,
      addedAt: '2026-01-01',
    }),
  );
  return { db, ids };
}

/** The title of an article as the rows see it: the one of `titles` its title filter passes. */
function titleIn(rows: Rows, id: number, titles: readonly string[]): string | undefined {
  return titles.find((title) => rows.filter([{ field: 'title', value: title, negated: false }])(id));
}

/** A yield the test drives: each turn runs `during` once, then lets the warm-up go on. */
function turns(during: (turn: number) => void) {
  let turn = 0;
  return {
    yieldBetween: (): Promise<void> => {
      during(turn);
      turn += 1;
      return Promise.resolve();
    },
    count: () => turn,
  };
}

describe('the search rows kept in memory', () => {
  it('are read at idle a slice at a time, handing the event loop back between slices', async () => {
    const { db, ids } = await databaseOf(5);
    const rows = new RowStore(db);
    const driver = turns(() => undefined);

    await rows.warm(driver.yieldBetween, 2);

    expect(driver.count()).toBe(3);
    const expected = ['Title 0', 'Title 1', 'Title 2', 'Title 3', 'Title 4'];
    expect(ids.map((id) => titleIn(rows, id, expected))).toEqual([
      'Title 0',
      'Title 1',
      'Title 2',
      'Title 3',
      'Title 4',
    ]);
    expect(rows.ids()).toHaveLength(5);
  });

  it('are read again in one go when an article changed while they were being read', async () => {
    const { db, ids } = await databaseOf(4);
    const rows = new RowStore(db);
    const [first] = ids;
    const driver = turns((turn) => {
      if (turn !== 2) return;
      db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Retitled', first ?? 0);
      rows.refresh(first ?? 0);
    });

    await rows.warm(driver.yieldBetween, 1);

    expect(titleIn(rows, first ?? 0, ['Retitled', 'Title 0'])).toBe('Retitled');
  });

  it('are read at once by a query that needs them before the warm-up ends, which then stops', async () => {
    const { db, ids } = await databaseOf(4);
    const rows = new RowStore(db);
    const titles: (string | undefined)[] = [];
    const driver = turns((turn) => {
      if (turn === 1)
        titles.push(...ids.map((id) => titleIn(rows, id, ['Title 0', 'Title 1', 'Title 2', 'Title 3'])));
    });

    await rows.warm(driver.yieldBetween, 1);

    expect(titles).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3']);
    expect(driver.count()).toBe(2);
    expect(rows.ids()).toHaveLength(4);
  });

  it('are read again in one go when an article was deleted mid-way (the slices would skip a row)', async () => {
    const { db, ids } = await databaseOf(4);
    const rows = new RowStore(db);
    const driver = turns((turn) => {
      if (turn !== 3) return;
      rows.forget(ids[0] ?? 0);
      db.prepare('DELETE FROM articles WHERE id = ?').run(ids[0] ?? 0);
    });

    await rows.warm(driver.yieldBetween, 1);

    expect(rows.filter([])(ids[0] ?? 0)).toBe(false);
    expect(rows.ids()).toEqual([...ids.slice(1)].reverse());
  });
});

describe('the warm-up slices', () => {
  it('read every article when many share a title across slice boundaries', async () => {
    const db = openTestDatabase(await tempDir());
    const titles = ['Same', 'Same', 'Same', 'Alpha', 'Same', 'Zulu', 'Same'];
    const ids = titles.map((title, n) =>
      insertPlainArticle(db, n, { text: `text ${n}`, title, wordCount: 2, addedAt: '2026-01-01' }),
    );
    const rows = new RowStore(db);

    await rows.warm(() => Promise.resolve(), 2);

    expect(rows.ids()).toEqual([...ids].reverse());
    expect(ids.map((id) => titleIn(rows, id, ['Alpha', 'Zulu', 'Same']))).toEqual(titles);
  });
});
