// Trash tests import real pages into a temp library and read its database over a second connection.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import { toArticleId, type ArticleId } from '../../../../main/shared/ids.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

const connections: DatabaseSync[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

/** A library with one imported article per page, and the ids in page order. */
export async function libraryWith(
  pages: readonly { title: string; body: string; url?: string }[],
): Promise<{ library: Library; dir: string; ids: ArticleId[]; files: string[] }> {
  const source = await tempDir();
  const files: string[] = [];
  for (const [n, page] of pages.entries()) {
    const canonical = page.url === undefined ? '' : `<link rel="canonical" href="${page.url}">`;
    const html = articleHtml(page).replace('<head>', `<head>${canonical}`);
    files.push(await writeTestFile(join(source, `${n}.html`), html));
  }
  const dir = await tempDir();
  const library = await openTestLibrary(dir);
  const ids: ArticleId[] = [];
  // One at a time, so ids follow page order.
  for (const file of files) {
    const batch = await importAndWait(library, { paths: [file], uploads: false });
    const id = batch.outcomes[0]?.id;
    if (id === undefined) throw new Error(`Not imported: ${JSON.stringify(batch.outcomes)}`);
    ids.push(toArticleId(id));
  }
  return { library, dir, ids, files };
}

/** A second connection to a library's database, for reading (and planting rows or faults). */
export function openSideConnection(dir: string): DatabaseSync {
  const db = new DatabaseSync(join(dir, 'library.sqlite'));
  db.exec('PRAGMA busy_timeout = 5000');
  connections.push(db);
  return db;
}

/** Every row of every table but the trash's own bookkeeping, in a stable order. */
export function dumpTables(db: DatabaseSync): Record<string, unknown[]> {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'trash' ORDER BY name",
    )
    .all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of names) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all();
    dump[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}

/** Waits until the background suggester has run on every article, so it writes nothing during a test. */
export async function suggesterSettled(db: DatabaseSync): Promise<void> {
  const pending = db.prepare(
    'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM entity_suggestion_runs r WHERE r.article_id = a.id)',
  );
  for (let waited = 0; waited < 20_000; waited += 50) {
    if ((pending.get() as { n: number }).n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The entity suggester did not finish');
}

/** The nth item, which the test knows is there. */
export function nth<T>(items: readonly T[], n: number): T {
  const item = items[n];
  if (item === undefined) throw new Error(`No item ${n}`);
  return item;
}
