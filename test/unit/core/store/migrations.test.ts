import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { latestSchemaVersion, migrations } from '../../../../main/core/store/migrations.ts';
import { openLibrary } from '../../../../main/core/library.ts';
import { tempDir } from '../import/library-test-kit.ts';

function userVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

describe('schema migrations', () => {
  it('gives a new database the latest schema version', async () => {
    const file = join(await tempDir(), 'library.sqlite');

    const opened = openDatabase(file);

    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.schemaVersion).toBe(latestSchemaVersion);
    expect(userVersion(opened.value.db)).toBe(latestSchemaVersion);
    opened.value.db.close();
  });

  it('migrates a version 1 database in place, keeping its rows', async () => {
    const file = join(await tempDir(), 'library.sqlite');
    const old = new DatabaseSync(file);
    old.exec(migrations[0]?.sql ?? '');
    old.exec('PRAGMA user_version = 1');
    old.exec("INSERT INTO originals VALUES ('abc', 3, 'originals/ab/c/abc')");
    old.exec(
      `INSERT INTO articles (title, added_at, word_count, status, html, text, charset, cleaner_version, original_sha256)
       VALUES ('Kept', '2024-01-01T00:00:00.000Z', 1, 'ok', '<p>x</p>', 'x', 'utf-8', 1, 'abc')`,
    );
    old.close();

    const opened = openDatabase(file);

    if (!opened.ok) throw new Error(opened.error.message);
    const { db } = opened.value;
    expect(userVersion(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT title FROM articles').all()).toEqual([{ title: 'Kept' }]);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'articles_%'")
      .all();
    expect(indexes.map((row) => row['name'])).toEqual(
      expect.arrayContaining(['articles_added_at', 'articles_published_time']),
    );
    db.close();
  });

  it('refuses a library written by a newer Dossier and leaves the file untouched', async () => {
    const dir = await tempDir();
    const file = join(dir, 'library.sqlite');
    const newer = new DatabaseSync(file);
    newer.exec('CREATE TABLE from_the_future (x INTEGER)');
    newer.exec(`PRAGMA user_version = ${latestSchemaVersion + 5}`);
    newer.close();
    const before = await readFile(file);

    const opened = await openLibrary({ dir });

    expect(opened.ok).toBe(false);
    expect(opened.ok ? null : opened.error).toEqual({
      code: 'library-too-new',
      message: `This library was written by a newer Dossier (schema ${latestSchemaVersion + 5}; this version understands up to ${latestSchemaVersion}). Update Dossier to open it.`,
    });
    expect((await readFile(file)).equals(before)).toBe(true);
    const check = new DatabaseSync(file);
    expect(userVersion(check)).toBe(latestSchemaVersion + 5);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles'").get()).toEqual({
      n: 0,
    });
    check.close();
  });
});
