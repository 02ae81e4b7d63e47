import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './database.ts';
import { noteCountChange } from './document-count-changes.ts';
import { prepared } from './prepared-statements.ts';
import { markPendingKey } from './related-pending-keys.ts';
import type { TermCountWatch } from './term-count-watch.ts';

/** The key the number of articles with features is kept under in related_df: no feature can have it. */
export const articlesKey = '#articles';

// Rows of related_df_recount, related_df_next and related_df_delta: the recount of the
// related-story document counts that runs after open (related/recount-document-counts.ts).
// related_df_recount holds one row while a recount is due;
// related_df_next the counts of the articles read so far; related_df_delta the changes made since
// to articles already read (related-document-counts.ts records them), applied when the counts swap.

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
  startHeldCounts(db);
  cursors.set(db, 0);
}

/** Stops recording changes for a recount that will not finish in this process. */
export function abandonRecount(db: DatabaseSync): void {
  cursors.delete(db);
  // A closed connection has dropped its temporary tables already.
  if (db.isOpen) dropHeldCounts(db);
}

/** The last article id the running recount has read (0: none yet; null: no recount running). */
export function recountCursor(db: DatabaseSync): number | null {
  return cursors.get(db) ?? null;
}

/** Moves the recount's cursor past the articles up to `id`. */
export function setRecountCursor(db: DatabaseSync, id: number): void {
  cursors.set(db, id);
}

/** The held counts' page cache in KiB (used as they grow: 789k keys at 20k articles took ~50 MB). */
const heldCacheKiB = 131_072;

/** Drops the held counts and gives their cache back. */
function dropHeldCounts(db: DatabaseSync): void {
  db.exec(
    'DROP TABLE IF EXISTS temp.related_df_held; PRAGMA temp_store = DEFAULT; PRAGMA temp.cache_size = -2000;',
  );
}

/** Starts the counts kept while reading: a temporary table of this connection (no log, no sync to disk). */
export function startHeldCounts(db: DatabaseSync): void {
  // Its pages stay in memory (in a temporary file behind a 2 MB cache it took three times the CPU;
  // no other temporary table exists on this connection, so switching where they live loses nothing).
  db.exec(`
    PRAGMA temp_store = MEMORY;
    PRAGMA temp.cache_size = -${heldCacheKiB};
    DROP TABLE IF EXISTS temp.related_df_held;
    CREATE TEMP TABLE related_df_held (key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
  `);
}

// An article's keys (newline-separated) read as a JSON array: backslash (char 92) and quote (char 34)
// escaped first. A key with another control character does not read: those rows are counted in JS.
const keysAsJson = `'["' || replace(replace(replace(all_keys, char(92), char(92, 92)), char(34), char(92, 34)),
  char(10), '","') || '"]'`;

/**
 * Counts the keys of the next `limit` articles after `afterId` into the held counts, in SQLite (a map
 * of every key in JS took ~450 MB at 100k articles and long garbage collections); returns the last
 * article id read, or null when there is none after `afterId`.
 */
export function countArticlesAfter(db: DatabaseSync, afterId: number, limit: number): number | null {
  const range = prepared(
    db,
    `SELECT max(article_id) AS last, count(*) AS n FROM
       (SELECT article_id FROM related_articles WHERE article_id > ? ORDER BY article_id LIMIT ?)`,
  ).get(afterId, limit) as { last: number | null; n: number };
  if (range.last === null) return null;
  prepared(
    db,
    `INSERT INTO temp.related_df_held (key, df)
       SELECT k.value, count(*) FROM
         (SELECT ${keysAsJson} AS keys FROM related_articles
            WHERE article_id > ? AND article_id <= ? AND all_keys <> '') r,
         json_each(CASE WHEN json_valid(r.keys) THEN r.keys ELSE '[]' END) k
       WHERE true GROUP BY k.value
       ON CONFLICT (key) DO UPDATE SET df = df + excluded.df`,
  ).run(afterId, range.last);
  const add = prepared(
    db,
    'INSERT INTO temp.related_df_held (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df',
  );
  const unreadable = prepared(
    db,
    `SELECT all_keys FROM related_articles
       WHERE article_id > ? AND article_id <= ? AND all_keys <> '' AND NOT json_valid(${keysAsJson})`,
  ).all(afterId, range.last) as { all_keys: string }[];
  for (const row of unreadable) for (const key of row.all_keys.split('\n')) add.run(key, 1);
  add.run(articlesKey, range.n);
  return range.last;
}

/**
 * Moves up to `limit` held counts after `afterKey` (null: from the first), in key order, into
 * related_df_next: appended in order, each page of that table is written once. Returns the last key
 * moved, or null when none was left.
 */
export function moveHeldCounts(db: DatabaseSync, afterKey: string | null, limit: number): string | null {
  const after = afterKey ?? '';
  const last = prepared(
    db,
    `SELECT max(key) AS key FROM
       (SELECT key FROM temp.related_df_held WHERE key > ? ORDER BY key LIMIT ?)`,
  ).get(after, limit) as { key: string | null };
  if (last.key === null) return null;
  prepared(
    db,
    `INSERT INTO related_df_next (key, df)
       SELECT key, df FROM temp.related_df_held WHERE key > ? AND key <= ? ORDER BY key
       ON CONFLICT (key) DO UPDATE SET df = df + excluded.df`,
  ).run(after, last.key);
  return last.key;
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
 * transaction: the table is swapped by name rather than copied (a million keys took seconds). A term
 * whose count the swap moves across a watched step is recorded, as any count change is (issue 6).
 */
export function swapInNextCounts(db: DatabaseSync, watch: TermCountWatch): void {
  inTransaction(db, () => {
    db.exec(`
      INSERT INTO related_df_next (key, df) SELECT key, df FROM related_df_delta WHERE true
        ON CONFLICT (key) DO UPDATE SET df = df + excluded.df;
      DELETE FROM related_df_next WHERE key IN (SELECT key FROM related_df_delta) AND df <= 0;
    `);
    markMovedTerms(db, watch);
    db.exec(`
      DROP TABLE related_df;
      ALTER TABLE related_df_next RENAME TO related_df;
      CREATE TABLE related_df_next (key TEXT PRIMARY KEY, df INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      DELETE FROM related_df_delta;
      DELETE FROM related_df_recount;
    `);
  });
  cursors.delete(db);
  noteCountChange(db, true);
  dropHeldCounts(db);
}

/**
 * Records the terms whose recounted count (related_df_next) has crossed a watched step from the count
 * the articles read (related_df). A term only in the old counts is in no article now, so none keeps it.
 * A term only in the new ones was read as absent (0) by the articles keeping it, which no count
 * they could read by themselves gives (a new article counts itself): it is recorded while its count is
 * watched at all (issue 6's follow-up: the old counts are too high, not too low, so it should not occur).
 */
function markMovedTerms(db: DatabaseSync, watch: TermCountWatch): void {
  const size = prepared(db, 'SELECT df FROM related_df_next WHERE key = ?').get(articlesKey) as
    { df: number } | undefined;
  if (!watch.watches(size?.df ?? 0)) return;
  // 't;' is the first string after every 't:…' key: the range reads the term keys alone, in key order.
  const moved = db
    .prepare(
      `SELECT n.key AS key, coalesce(o.df, 0) AS before, n.df AS after
         FROM related_df_next n LEFT JOIN related_df o ON o.key = n.key
         WHERE n.key >= 't:' AND n.key < 't;' AND n.df IS NOT o.df`,
    )
    .all() as { key: string; before: number; after: number }[];
  for (const { key, before, after } of moved)
    if (before === 0 ? after <= watch.lastWatchedCount : watch.moves(before, after))
      markPendingKey(db, key, after);
}
