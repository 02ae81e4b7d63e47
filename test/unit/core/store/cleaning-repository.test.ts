import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { getCleaningReport, saveCleaningReport } from '../../../../main/core/store/cleaning-repository.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
import { migrations } from '../../../../main/core/store/migrations.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';

/** A version 2 library with one article, as written before cleaning reports were kept. */
async function versionTwoLibrary(): Promise<string> {
  const file = join(await tempDir(), 'library.sqlite');
  const old = new DatabaseSync(file);
  for (const step of migrations.slice(0, 2)) old.exec(step.sql);
  old.exec('PRAGMA user_version = 2');
  old.exec("INSERT INTO originals VALUES ('abc', 3, 'originals/ab/c/abc')");
  old.exec(
    `INSERT INTO articles (title, added_at, word_count, status, html, text, charset, cleaner_version, original_sha256)
     VALUES ('Old', '2024-01-01T00:00:00.000Z', 1, 'ok', '<p>x</p>', 'x', 'utf-8', 1, 'abc')`,
  );
  old.close();
  return file;
}

describe('stored cleaning reports', () => {
  it('gives an article migrated from version 2 an empty report with default options', async () => {
    const opened = openDatabase(await versionTwoLibrary());
    if (!opened.ok) throw new Error(opened.error.message);
    const { db } = opened.value;

    expect(getCleaningReport(db, toArticleId(1))).toEqual({
      articleId: 1,
      cleanerVersion: 1,
      removed: [],
      counts: {},
      disabledRules: [],
      keptBlocks: [],
    });
    expect(getCleaningReport(db, toArticleId(2))).toBeNull();
    db.close();
  });

  it('replaces the removed blocks and options in order, and drops them with the article', async () => {
    const opened = openDatabase(await versionTwoLibrary());
    if (!opened.ok) throw new Error(opened.error.message);
    const { db } = opened.value;
    const id = toArticleId(1);
    saveCleaningReport(db, id, [{ id: 'ad-slots:0', rule: 'ad-slots', kind: 'ad', text: 'Advertisement' }], {
      disabledRules: [],
      keptBlocks: [],
    });

    saveCleaningReport(
      db,
      id,
      [
        { id: 'svg-icons:0', rule: 'svg-icons', kind: 'icon', text: '<svg>' },
        { id: 'svg-icons:1', rule: 'svg-icons', kind: 'icon', text: '<svg>' },
      ],
      { disabledRules: ['ad-slots'], keptBlocks: ['promo-blocks:0'] },
    );

    const report = getCleaningReport(db, id);
    expect(report?.removed.map((block) => block.id)).toEqual(['svg-icons:0', 'svg-icons:1']);
    expect(report?.counts).toEqual({ icon: 2 });
    expect(report?.disabledRules).toEqual(['ad-slots']);
    expect(report?.keptBlocks).toEqual(['promo-blocks:0']);
    db.exec('DELETE FROM provenance; DELETE FROM articles');
    expect(db.prepare('SELECT count(*) AS n FROM removed_blocks').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM cleaning_options').get()).toEqual({ n: 0 });
    db.close();
  });
});
