import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { compactCopyName, compactLibrary } from '../../../../main/core/integrity/compact-library.ts';
import { libraryPageSize, openDatabase } from '../../../../main/core/store/database.ts';
import { openTestLibrary, tempDir } from '../import/library-test-kit.ts';
import { libraryWith } from '../trash/trash-test-kit.ts';

const databaseOf = (dir: string): string => join(dir, 'library.sqlite');

function read<T>(file: string, work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const pageSizeOf = (file: string): number =>
  read(file, (db) => (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size);

const articleRows = (file: string): string =>
  read(file, (db) => JSON.stringify(db.prepare('SELECT * FROM articles ORDER BY id').all()));

/** A closed library of three articles whose database has SQLite's old default, 4 KB pages. */
async function libraryWithSmallPages(): Promise<string> {
  const { library, dir } = await libraryWith([
    { title: 'Harbour wall repaired', body: 'The harbour wall at Kilkeel was repaired after the storm.' },
    { title: 'Ferry resumes', body: 'The ferry to Rathlin resumes on Monday after repairs.' },
    { title: 'Lighthouse repainted', body: 'Painters finished the lighthouse at Fanad Head in May.' },
  ]);
  await library.close();
  const db = new DatabaseSync(databaseOf(dir));
  db.exec('PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM; PRAGMA journal_mode = WAL;');
  db.close();
  return dir;
}

describe('library page size and compacting', { timeout: 30_000 }, () => {
  it('gives a new library database 16 KB pages', async () => {
    const file = join(await tempDir(), 'library.sqlite');
    const opened = openDatabase(file);
    if (!opened.ok) throw new Error(opened.error.message);
    opened.value.db.close();
    expect(pageSizeOf(file)).toBe(libraryPageSize);
    expect(libraryPageSize).toBe(16_384);
  });

  it('leaves an existing library with 4 KB pages as it is when it opens', async () => {
    const dir = await libraryWithSmallPages();
    const opened = openDatabase(databaseOf(dir));
    if (!opened.ok) throw new Error(opened.error.message);
    opened.value.db.close();
    expect(pageSizeOf(databaseOf(dir))).toBe(4096);
  });

  it('rewrites a 4 KB library with 16 KB pages, keeping every article row as it was', async () => {
    const dir = await libraryWithSmallPages();
    const before = articleRows(databaseOf(dir));

    const compacted = await compactLibrary(dir);

    if (!compacted.ok) throw new Error(compacted.error.message);
    expect(compacted.value).toMatchObject({
      pageSizeBefore: 4096,
      pageSizeAfter: 16_384,
      articles: 3,
      rewritten: true,
    });
    expect(pageSizeOf(databaseOf(dir))).toBe(16_384);
    expect(articleRows(databaseOf(dir))).toBe(before);
    expect(await readdir(dir)).not.toContain(compactCopyName);
  });

  it('leaves a library that opens, in WAL mode, and finds its articles after compacting', async () => {
    const dir = await libraryWithSmallPages();
    const compacted = await compactLibrary(dir);
    if (!compacted.ok) throw new Error(compacted.error.message);

    const library = await openTestLibrary(dir);
    const found = await library.search({ query: 'lighthouse', limit: 10 });
    await library.close();
    expect(found.ok && found.value.hits.map((hit) => hit.article.title)).toEqual(['Lighthouse repainted']);
    expect(read(databaseOf(dir), (db) => db.prepare('PRAGMA journal_mode').get())).toEqual({
      journal_mode: 'wal',
    });
  });

  it('writes nothing when the library already has 16 KB pages and no free pages', async () => {
    const dir = await libraryWithSmallPages();
    await compactLibrary(dir);
    const { ino, mtimeMs } = await stat(databaseOf(dir));

    const again = await compactLibrary(dir);

    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.rewritten).toBe(false);
    expect(await stat(databaseOf(dir))).toMatchObject({ ino, mtimeMs });
  });

  it('replaces a copy left by an interrupted run instead of taking it for the database', async () => {
    const dir = await libraryWithSmallPages();
    await writeFile(join(dir, compactCopyName), 'half a copy');

    const compacted = await compactLibrary(dir);

    if (!compacted.ok) throw new Error(compacted.error.message);
    expect(compacted.value.articles).toBe(3);
    expect(pageSizeOf(databaseOf(dir))).toBe(16_384);
  });

  it('refuses, changing nothing, while another connection has the database open', async () => {
    const dir = await libraryWithSmallPages();
    const before = articleRows(databaseOf(dir));
    // As an app that got past the lock file would: open, read, stay open.
    const other = new DatabaseSync(databaseOf(dir));
    other.prepare('SELECT COUNT(*) FROM articles').get();

    const compacted = await compactLibrary(dir);

    other.close();
    expect(compacted.ok ? 'compacted' : compacted.error.code).toBe('library-locked');
    expect(pageSizeOf(databaseOf(dir))).toBe(4096);
    expect(articleRows(databaseOf(dir))).toBe(before);
    expect(await readdir(dir)).not.toContain(compactCopyName);
  }, 20_000);

  it("keeps the database file's permissions", async () => {
    const dir = await libraryWithSmallPages();
    await chmod(databaseOf(dir), 0o600);

    await compactLibrary(dir);

    expect((await stat(databaseOf(dir))).mode & 0o777).toBe(0o600);
  });

  it('says there is no library database in a folder without one', async () => {
    const compacted = await compactLibrary(await tempDir());
    expect(compacted.ok ? 'compacted' : compacted.error.code).toBe('not-found');
  });
});
