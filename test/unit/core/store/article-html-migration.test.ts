import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import type { ArticleSnapshot } from '../../../../main/core/trash/article-snapshot.ts';
import { htmlMoveCursor } from '../../../../main/core/store/article-html-repository.ts';
import { getDetail } from '../../../../main/core/store/article-repository.ts';
import {
  defaultCleaningOptions,
  updateCleanedArticle,
} from '../../../../main/core/store/cleaning-repository.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { migrations } from '../../../../main/core/store/migrations.ts';
import { startArticleHtmlMove } from '../../../../main/core/store/move-article-html.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { libraryWith, nth, openSideConnection } from '../trash/trash-test-kit.ts';

// The schema before article HTML got its own table.
const htmlInRowsVersion = migrations.findIndex((step) => step.sql.includes('CREATE TABLE article_html'));

/** A library as written before the move, with `count` articles whose HTML is `<p>Body n</p>`. */
async function libraryWithHtmlInRows(count: number): Promise<string> {
  const file = join(await tempDir(), 'library.sqlite');
  const old = new DatabaseSync(file);
  for (const step of migrations.slice(0, htmlInRowsVersion)) old.exec(step.sql);
  old.exec(`PRAGMA user_version = ${htmlInRowsVersion}`);
  for (let n = 1; n <= count; n += 1) {
    const sha = String(n).padStart(64, '0');
    old.prepare('INSERT INTO originals (sha256, size, path) VALUES (?, 1, ?)').run(sha, `originals/${sha}`);
    old
      .prepare(
        `INSERT INTO articles (title, added_at, word_count, status, html, text, charset, cleaner_version,
           original_sha256) VALUES (?, '2026-01-01T00:00:00.000Z', 2, 'ok', ?, ?, 'utf-8', 1, ?)`,
      )
      .run(`Article ${n}`, `<p>Body ${n}</p>`, `Body ${n}`, sha);
    old
      .prepare("INSERT INTO provenance (article_id, file_name, file_path) VALUES (?, 'a.html', '/a.html')")
      .run(n);
  }
  old.close();
  return file;
}

function openMigrated(file: string): DatabaseSync {
  const opened = openDatabase(file);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.db;
}

/** Runs a move whose turns are taken by hand, one article per step and per turn. */
function steppedMove(db: DatabaseSync): { step: () => void; close: () => void; finished: Promise<boolean> } {
  const turns: (() => void)[] = [];
  const move = startArticleHtmlMove({
    db,
    logger: silentLogger,
    schedule: (turn) => turns.push(turn),
    slice: { articles: 1, ms: 0 },
  });
  return { step: () => turns.shift()?.(), close: move.close, finished: move.finished };
}

const rowHtml = (db: DatabaseSync): unknown[] =>
  db.prepare('SELECT id, html FROM articles ORDER BY id').all();
const movedHtml = (db: DatabaseSync): unknown[] =>
  db.prepare('SELECT article_id, html FROM article_html ORDER BY article_id').all();

describe('moving article HTML out of the article rows', () => {
  it('shows an older article its HTML from its row until moved, then from article_html, text unchanged', async () => {
    const db = openMigrated(await libraryWithHtmlInRows(2));
    expect(getDetail(db, toArticleId(2))?.html).toBe('<p>Body 2</p>');

    const move = startArticleHtmlMove({ db, logger: silentLogger });

    expect(await move.finished).toBe(true);
    expect(rowHtml(db)).toEqual([
      { id: 1, html: '' },
      { id: 2, html: '' },
    ]);
    expect(movedHtml(db)).toEqual([
      { article_id: 1, html: '<p>Body 1</p>' },
      { article_id: 2, html: '<p>Body 2</p>' },
    ]);
    expect(getDetail(db, toArticleId(2))).toMatchObject({ html: '<p>Body 2</p>', text: 'Body 2' });
    expect(htmlMoveCursor(db)).toBeNull();
    db.close();
  });

  it('goes on after its cursor when the library is closed half-way', async () => {
    const file = await libraryWithHtmlInRows(4);
    const first = openMigrated(file);
    const halfWay = steppedMove(first);
    halfWay.step();
    halfWay.step();
    halfWay.close();
    halfWay.step();
    expect(await halfWay.finished).toBe(false);
    expect(htmlMoveCursor(first)).toBe(2);
    first.close();

    const again = openMigrated(file);
    const rest = steppedMove(again);
    for (let turn = 0; turn < 3; turn += 1) rest.step();

    expect(await rest.finished).toBe(true);
    expect(movedHtml(again)).toEqual([1, 2, 3, 4].map((n) => ({ article_id: n, html: `<p>Body ${n}</p>` })));
    expect(rowHtml(again).every((row) => (row as { html: string }).html === '')).toBe(true);
    again.close();
  });

  it('keeps HTML re-cleaned before the move reached it, not the older copy in the row', async () => {
    const db = openMigrated(await libraryWithHtmlInRows(1));
    updateCleanedArticle(
      db,
      toArticleId(1),
      {
        status: 'ok',
        title: 'Article 1',
        byline: null,
        siteName: null,
        publishedTime: null,
        url: null,
        lang: null,
        excerpt: null,
        wordCount: 2,
        html: '<p>Body 1, cleaned again</p>',
        text: 'Body 1',
        capturedAt: null,
        charset: 'utf-8',
        removed: [],
        cleanerVersion: 2,
      },
      defaultCleaningOptions,
    );

    expect(await startArticleHtmlMove({ db, logger: silentLogger }).finished).toBe(true);

    expect(getDetail(db, toArticleId(1))?.html).toBe('<p>Body 1, cleaned again</p>');
    expect(movedHtml(db)).toEqual([{ article_id: 1, html: '<p>Body 1, cleaned again</p>' }]);
    db.close();
  });

  it('puts an article trashed before the move back with its HTML, out of its row', async () => {
    const { library, dir, ids } = await libraryWith([
      { title: 'Harbour bridge', body: 'The bridge reopened.' },
    ]);
    const id = nth(ids, 0);
    const before = await library.getArticle({ id });
    if (!before.ok) throw new Error(before.error.message);
    await library.trashArticles({ ids: [id] });
    // Rewrite the snapshot as a Dossier before schema 15 took it: the HTML in the articles row.
    const side = openSideConnection(dir);
    const stored = side.prepare('SELECT id, snapshot FROM trash').get() as { id: number; snapshot: string };
    const snapshot = JSON.parse(stored.snapshot) as ArticleSnapshot;
    const own = { ...snapshot.tables[0]?.rows[0], html: before.value.html };
    const older = {
      ...snapshot,
      tables: [
        { table: 'articles', rows: [own] },
        ...snapshot.tables.slice(1).filter((t) => t.table !== 'article_html'),
      ],
    };
    side.prepare('UPDATE trash SET snapshot = ? WHERE id = ?').run(JSON.stringify(older), stored.id);

    expect(await library.restoreArticles({ ids: [id] })).toMatchObject({ ok: true, value: { restored: 1 } });

    const after = await library.getArticle({ id });
    expect(after.ok && after.value.html).toBe(before.value.html);
    expect(side.prepare('SELECT html FROM articles WHERE id = ?').get(id)).toEqual({ html: '' });
    expect(side.prepare('SELECT html FROM article_html WHERE article_id = ?').get(id)).toEqual({
      html: before.value.html,
    });
  });
});
