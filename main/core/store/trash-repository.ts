import type { DatabaseSync } from 'node:sqlite';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { ArticleSnapshot } from '../trash/article-snapshot.ts';

/** What the trash keeps of one deleted article. */
export interface NewTrashEntry {
  readonly articleId: number;
  readonly title: string;
  readonly siteName: string | null;
  readonly originalSha256: string;
  /** The stored images its pages used, so emptying knows which may be freed. */
  readonly assetSha256s: readonly string[];
  readonly trashedAt: string;
  readonly snapshot: ArticleSnapshot;
}

/** One trashed article as stored. */
export interface TrashEntry extends NewTrashEntry {
  readonly id: number;
}

/** A trashed article as listed. */
export interface TrashRow {
  readonly articleId: ArticleId;
  readonly title: string;
  readonly siteName: string | null;
  readonly trashedAt: string;
}

interface EntryRow {
  id: number;
  article_id: number;
  title: string;
  site_name: string | null;
  original_sha256: string;
  asset_sha256s: string;
  trashed_at: string;
  snapshot: string;
}

function toEntry(row: EntryRow): TrashEntry {
  return {
    id: row.id,
    articleId: row.article_id,
    title: row.title,
    siteName: row.site_name,
    originalSha256: row.original_sha256,
    assetSha256s: JSON.parse(row.asset_sha256s) as string[],
    trashedAt: row.trashed_at,
    snapshot: JSON.parse(row.snapshot) as ArticleSnapshot,
  };
}

/** Stores a trashed article's snapshot. */
export function insertTrashEntry(db: DatabaseSync, entry: NewTrashEntry): void {
  db.prepare(
    `INSERT INTO trash (article_id, title, site_name, original_sha256, asset_sha256s, trashed_at, snapshot)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.articleId,
    entry.title,
    entry.siteName,
    entry.originalSha256,
    JSON.stringify(entry.assetSha256s),
    entry.trashedAt,
    JSON.stringify(entry.snapshot),
  );
}

/** Every trashed article, most recently trashed first. */
export function listTrashRows(db: DatabaseSync): TrashRow[] {
  const rows = db
    .prepare('SELECT article_id, title, site_name, trashed_at FROM trash ORDER BY trashed_at DESC, id DESC')
    .all() as { article_id: number; title: string; site_name: string | null; trashed_at: string }[];
  return rows.map((row) => ({
    articleId: toArticleId(row.article_id),
    title: row.title,
    siteName: row.site_name,
    trashedAt: row.trashed_at,
  }));
}

/** The trash entries of these article ids (all entries when `articleIds` is undefined), oldest first. */
export function trashEntries(db: DatabaseSync, articleIds?: readonly number[]): TrashEntry[] {
  if (articleIds === undefined) {
    return (db.prepare('SELECT * FROM trash ORDER BY id').all() as unknown as EntryRow[]).map(toEntry);
  }
  const select = db.prepare('SELECT * FROM trash WHERE article_id = ? ORDER BY id');
  const entries = [...new Set(articleIds)].flatMap((id) => select.all(id) as unknown as EntryRow[]);
  return entries.sort((a, b) => a.id - b.id).map(toEntry);
}

/** Forgets trash entries (after a restore, or when the trash is emptied). */
export function deleteTrashEntries(db: DatabaseSync, entryIds: readonly number[]): void {
  const remove = db.prepare('DELETE FROM trash WHERE id = ?');
  for (const id of entryIds) remove.run(id);
}

/** Whether any article or trashed article still uses this original. */
export function originalInUse(db: DatabaseSync, sha256: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM articles WHERE original_sha256 = ?1
         UNION ALL SELECT 1 FROM trash WHERE original_sha256 = ?1 LIMIT 1`,
      )
      .get(sha256) !== undefined
  );
}

/** Whether any article or trashed article still uses this stored image. */
export function assetInUse(db: DatabaseSync, sha256: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM article_assets WHERE sha256 = ?1
         UNION ALL SELECT 1 FROM trash, json_each(trash.asset_sha256s) WHERE json_each.value = ?1 LIMIT 1`,
      )
      .get(sha256) !== undefined
  );
}
