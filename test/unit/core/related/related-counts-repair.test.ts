import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import type { ArticleSearch } from '../../../../main/core/search/article-search.ts';
import { migrate } from '../../../../main/core/store/migrate.ts';
import { migrations } from '../../../../main/core/store/migrations.ts';
import { startDocumentCountRecount } from '../../../../main/core/related/recount-document-counts.ts';
import { emptyTrash } from '../../../../main/core/trash/empty-trash.ts';
import { restoreArticles } from '../../../../main/core/trash/restore-articles.ts';
import { trashArticles, type TrashContext } from '../../../../main/core/trash/trash-articles.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { tempDir } from '../import/library-test-kit.ts';
import {
  addArticles,
  countingTrashHooks,
  fillerTopics,
  followUp,
  relatedTestDb,
  talks,
} from './related-test-db.ts';

// These tests trash hand-made articles straight from the database: no search index to keep current.
const noSearch = {
  add: () => undefined,
  remove: () => undefined,
  persist: () => Promise.resolve(),
} as unknown as ArticleSearch;

const trashContext = (db: DatabaseSync, dir: string): TrashContext => ({
  dir,
  db,
  search: noSearch,
  now: () => new Date('2026-03-02T00:00:00Z'),
  hooks: countingTrashHooks,
});

/** Every document count the related engine keeps, by key. */
function counts(db: DatabaseSync): Map<string, number> {
  const rows = db.prepare('SELECT key, df FROM related_df').all() as { key: string; df: number }[];
  return new Map(rows.map((row) => [row.key, row.df]));
}

/** The counts recomputed from scratch from the features of the articles in the library. */
function recount(db: DatabaseSync): Map<string, number> {
  const rows = db.prepare('SELECT all_keys FROM related_articles').all() as { all_keys: string }[];
  const out = new Map<string, number>();
  const add = (key: string): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  for (const row of rows) {
    add('#articles');
    for (const key of row.all_keys === '' ? [] : row.all_keys.split('\n')) add(key);
  }
  return out;
}

const recountStep = migrations.findIndex((m) => m.description.includes('document counts recomputed'));

/**
 * Runs the recount migration (and none added after it) on a library, as opening an older one does,
 * then the recount it marks due, to the end.
 */
async function migrateToRecount(db: DatabaseSync): Promise<void> {
  db.exec('DROP TABLE related_df_recount; DROP TABLE related_df_next; DROP TABLE related_df_delta');
  db.exec(`PRAGMA user_version = ${recountStep}`);
  const migrated = migrate(db, migrations.slice(0, recountStep + 1));
  if (!migrated.ok) throw new Error(migrated.error.message);
  expect(await startDocumentCountRecount({ db, logger: silentLogger }).finished).toBe(true);
}

const libraryArticles = [
  talks,
  followUp,
  ...fillerTopics,
  { text: 'Some 1,250 people gathered on 3 March 2026 to watch the new ferry leave the harbour.' },
] as const;

describe('recomputing the related-story document counts', () => {
  it('corrects counts that are too high, too low, missing or left over when the library is migrated', async () => {
    const { db, related } = await relatedTestDb();
    const [first] = addArticles(db, related, libraryArticles);
    // Issue 6: the engine recomputes features computed while the library was smaller in the
    // background; it is done before the test edits the stored keys, so that it writes none over them.
    await related.settled();
    // Keys with a quote, a backslash or a comma, which the migration's JSON reading must keep whole.
    db.prepare(`UPDATE related_articles SET all_keys = all_keys || ? WHERE article_id = ?`).run(
      '\ne:p:o"brien\nt:back\\slash\nn:1,250',
      first,
    );
    const truth = recount(db);
    db.exec("UPDATE related_df SET df = df + 3 WHERE key LIKE 't:%'");
    db.exec("DELETE FROM related_df WHERE key LIKE 'e:%'");
    db.exec("INSERT INTO related_df (key, df) VALUES ('t:gone', 7)");
    expect(counts(db)).not.toEqual(truth);

    await migrateToRecount(db);

    expect(truth.get('#articles')).toBe(libraryArticles.length);
    expect(truth.get('e:p:o"brien')).toBe(1);
    expect(truth.get('t:back\\slash')).toBe(1);
    expect(counts(db)).toEqual(truth);
  });

  it('counts an article whose keys carry a tab (which the one-statement recount skipped) like any other', async () => {
    const { db, related } = await relatedTestDb();
    const [odd] = addArticles(db, related, libraryArticles);
    await related.settled();
    db.prepare(`UPDATE related_articles SET all_keys = all_keys || ? WHERE article_id = ?`).run(
      '\nt:tab\there',
      odd,
    );
    const truth = recount(db);
    db.exec("UPDATE related_df SET df = df + 3 WHERE key LIKE 't:%'");

    await migrateToRecount(db);

    expect(truth.get('t:tab\there')).toBe(1);
    expect(counts(db)).toEqual(truth);
  });

  it('stops counting an article trashed before trashing lowered the counts, and counts it once after restore', async () => {
    const { db, related } = await relatedTestDb();
    const [gone] = addArticles(db, related, libraryArticles);
    await related.settled();
    const context = trashContext(db, await tempDir());
    const keys = [
      '#articles',
      ...(
        db.prepare('SELECT all_keys FROM related_articles WHERE article_id = ?').get(gone) as {
          all_keys: string;
        }
      ).all_keys.split('\n'),
    ];
    trashArticles(context, [gone]);
    // As an older Dossier left it: trashed, but its keys still counted.
    const upsert = db.prepare(
      'INSERT INTO related_df (key, df) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET df = df + 1',
    );
    for (const key of keys) upsert.run(key);
    expect(counts(db).get('#articles')).toBe(libraryArticles.length);

    await migrateToRecount(db);
    const afterMigration = counts(db);
    const recountAfterMigration = recount(db);
    restoreArticles(context, [gone]);

    expect(afterMigration.get('#articles')).toBe(libraryArticles.length - 1);
    expect(afterMigration).toEqual(recountAfterMigration);
    expect(counts(db)).toEqual(recount(db));
    expect(counts(db).get('#articles')).toBe(libraryArticles.length);
  });

  it('keeps the counts equal to a recount through a random run of trash, restore, delete forever and re-featuring', async () => {
    const { db, related } = await relatedTestDb();
    const ids: ArticleId[] = [...addArticles(db, related, libraryArticles)];
    const context = trashContext(db, await tempDir());
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor((seed / 2_147_483_648) * n);
    };
    const live = new Set(ids);
    const trashed = new Set<ArticleId>();
    const steps: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      const pick = (from: Set<ArticleId>): ArticleId | undefined => [...from][random(from.size)];
      const action = random(4);
      const id = action === 0 || action === 3 ? pick(live) : pick(trashed);
      if (id === undefined) continue;
      if (action === 0) {
        trashArticles(context, [id]);
        live.delete(id);
        trashed.add(id);
      } else if (action === 1) {
        restoreArticles(context, [id]);
        trashed.delete(id);
        live.add(id);
      } else if (action === 2) {
        await emptyTrash({ ...context, logger: silentLogger }, [id]);
        trashed.delete(id);
      } else {
        db.prepare(
          "UPDATE articles SET text = text || ' Updated with a further paragraph.' WHERE id = ?",
        ).run(id);
        related.refresh(id);
      }
      steps.push(`${['trash', 'restore', 'delete', 'edit'][action] ?? ''} ${id}`);
      expect({ steps, counts: counts(db) }).toEqual({ steps, counts: recount(db) });
    }
    expect(new Set(steps.map((s) => s.split(' ')[0]))).toEqual(
      new Set(['trash', 'restore', 'delete', 'edit']),
    );
  });
});
