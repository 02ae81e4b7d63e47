import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './database.ts';
import { prepared } from './prepared-statements.ts';

// Rows of related_df_recount, related_df_next and related_df_delta: the recount of the
// related-story document counts that runs after open (related/recount-document-counts.ts).
// related_df_recount holds one row while a recount is due;
// related_df_next the counts of the articles read so far; related_df_delta the changes made since
// to articles already read (related-repository.ts records them), applied when the counts swap.

// The last article id a recount running in this process has read. Kept in memory, not in the
// table: writing it every few articles cost a commit each, and each open starts the recount over.
const cursors = new WeakMap<DatabaseSync, number>();

/** Whether the document counts are due to be recounted. */
export function recountDue(db: DatabaseSync): boolean {
  return prepared(db, 'SELECT 1 FROM related_df_recount WHERE id = 1').get() !== undefined;
}

/** Starts the recount from the first article (what an earlier, unfinished run left is dropped). */
export function restartRecount(db: DatabaseSync): void {
  inTransaction(db, () => {
    prepared(db, 'DELETE FROM related_df_next').run();
    prepared(db, 'DELETE FROM related_df_delta').run();
  });
  cursors.set(db, 0);
}

/** Stops recording changes for a recount that will not finish in this process. */
export function abandonRecount(db: DatabaseSync): void {
  cursors.delete(db);
}

/** The last article id the running recount has read (0: none yet; null: no recount running). */
export function recountCursor(db: DatabaseSync): number | null {
  return cursors.get(db) ?? null;
}

/** Moves the recount's cursor past the articles up to `id`. */
export function setRecountCursor(db: DatabaseSync, id: number): void {
  cursors.set(db, id);
}

/** The keys of the articles after `afterId`, in id order, at most `limit`. */
export function keysAfter(
  db: DatabaseSync,
  afterId: number,
  limit: number,
): { article_id: number; all_keys: string }[] {
  return prepared(
    db,
    'SELECT article_id, all_keys FROM related_articles WHERE article_id > ? ORDER BY article_id LIMIT ?',
  ).all(afterId, limit) as { article_id: number; all_keys: string }[];
}

/** Adds counts to the recount's new counts (in key order, so each B-tree page is written once). */
export function addToNextCounts(db: DatabaseSync, counts: readonly (readonly [string, number])[]): void {
  const upsert = prepared(
    db,
    'INSERT INTO related_df_next (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df',
  );
  inTransaction(db, () => {
    for (const [key, df] of counts) upsert.run(key, df);
  });
}

/** Records a change of counts of an article the recount has read (call where the counts change). */
export function recordCountChange(db: DatabaseSync, key: string, delta: number): void {
  prepared(
    db,
    'INSERT INTO related_df_delta (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df',
  ).run(key, delta);
}

/**
 * Puts the new counts in place of the old ones, with the changes made during the recount, in one
 * transaction: the table is swapped by name rather than copied (a million keys took seconds).
 */
export function swapInNextCounts(db: DatabaseSync): void {
  inTransaction(db, () => {
    db.exec(`
      INSERT INTO related_df_next (key, df) SELECT key, df FROM related_df_delta WHERE true
        ON CONFLICT (key) DO UPDATE SET df = df + excluded.df;
      DELETE FROM related_df_next WHERE key IN (SELECT key FROM related_df_delta) AND df <= 0;
      DROP TABLE related_df;
      ALTER TABLE related_df_next RENAME TO related_df;
      CREATE TABLE related_df_next (key TEXT PRIMARY KEY, df INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      DELETE FROM related_df_delta;
      DELETE FROM related_df_recount;
    `);
  });
  cursors.delete(db);
}
