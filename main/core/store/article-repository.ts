import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { prepared } from './prepared-statements.ts';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { ArticleDetail, ArticleSummary } from '../../shared/types.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import { summaryColumns, toDetail, toSummary, type DetailRow, type SummaryRow } from './article-rows.ts';
import { defaultCleaningOptions, saveCleaningReport } from './cleaning-repository.ts';
import { inTransaction } from './database.ts';

/** Where an original came from and where it now lives in the library. */
export interface NewArticleSource {
  readonly sha256: string;
  readonly size: number;
  /** Path of the stored original, relative to the library folder. */
  readonly storedPath: string;
  readonly fileName: string;
  readonly filePath: string;
  readonly modifiedAt: string | null;
  readonly addedAt: string;
}

/** The fields the search index is built from. */
export interface IndexableArticle {
  readonly id: ArticleId;
  readonly title: string;
  readonly byline: string;
  readonly siteName: string;
  readonly text: string;
}

/** How the library list is ordered. */
export interface ListOrder {
  readonly sort: 'added' | 'published';
  readonly order: 'asc' | 'desc';
}

/** Finds the article whose original has this hash, if any. */
export function findBySha256(db: DatabaseSync, sha256: string): { id: ArticleId; title: string } | null {
  const row = db.prepare('SELECT id, title FROM articles WHERE original_sha256 = ?').get(sha256) as
    { id: number; title: string } | undefined;
  return row === undefined ? null : { id: toArticleId(row.id), title: row.title };
}

/** Inserts the original, the article and its provenance in one transaction; returns the new id. */
export function insertArticle(db: DatabaseSync, page: CleanedPage, source: NewArticleSource): ArticleId {
  return inTransaction(db, () => {
    db.prepare('INSERT OR IGNORE INTO originals (sha256, size, path) VALUES (?, ?, ?)').run(
      source.sha256,
      source.size,
      source.storedPath,
    );
    const values: SQLInputValue[] = [
      page.title,
      page.byline,
      page.siteName,
      page.publishedTime,
      source.addedAt,
      page.url,
      page.lang,
      page.excerpt,
      page.wordCount,
      page.status,
      '',
      page.text,
      page.charset,
      page.cleanerVersion,
      source.sha256,
    ];
    const inserted = db
      .prepare(
        `INSERT INTO articles (title, byline, site_name, published_time, added_at, url, lang, excerpt,
           word_count, status, html, text, charset, cleaner_version, original_sha256)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values);
    const id = toArticleId(Number(inserted.lastInsertRowid));
    db.prepare('INSERT INTO article_html (article_id, html) VALUES (?, ?)').run(id, page.html);
    db.prepare(
      'INSERT INTO provenance (article_id, file_name, file_path, modified_at, captured_at) VALUES (?, ?, ?, ?, ?)',
    ).run(id, source.fileName, source.filePath, source.modifiedAt, page.capturedAt);
    saveCleaningReport(db, id, page.removed, defaultCleaningOptions);
    return id;
  });
}

/** Counts the articles in the library. */
export function countArticles(db: DatabaseSync): number {
  const row = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number } | undefined;
  return row?.n ?? 0;
}

/** The highest article id, or 0 for an empty library. */
export function maxArticleId(db: DatabaseSync): number {
  const row = db.prepare('SELECT max(id) AS m FROM articles').get() as { m: number | null } | undefined;
  return row?.m ?? 0;
}

/** One page of summaries in the requested order (articles without a date sort last). */
export function listSummaries(
  db: DatabaseSync,
  order: ListOrder,
  offset: number,
  limit: number,
): ArticleSummary[] {
  const column = order.sort === 'added' ? 'a.added_at' : 'a.published_time';
  const direction = order.order === 'asc' ? 'ASC' : 'DESC';
  // Column and direction come from closed sets above, never from the request text.
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM articles a
       ORDER BY ${column} IS NULL, ${column} ${direction}, a.id ${direction} LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as unknown as SummaryRow[];
  return rows.map(toSummary);
}

/** Summaries for the given ids, keyed by id (missing ids are absent). */
export function summariesByIds(db: DatabaseSync, ids: readonly number[]): Map<number, ArticleSummary> {
  const found = new Map<number, ArticleSummary>();
  if (ids.length === 0) return found;
  const rows = prepared(
    db,
    `SELECT ${summaryColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as unknown as SummaryRow[];
  for (const row of rows) found.set(row.id, toSummary(row));
  return found;
}

/** The full article with provenance, or null. */
export function getDetail(db: DatabaseSync, id: ArticleId): ArticleDetail | null {
  const row = db
    .prepare(
      `SELECT ${summaryColumns}, coalesce(h.html, a.html) AS html, a.text, a.cleaner_version, a.charset, a.original_sha256, o.size,
         p.file_name, p.file_path, p.modified_at, p.captured_at
       FROM articles a JOIN originals o ON o.sha256 = a.original_sha256
       JOIN provenance p ON p.article_id = a.id LEFT JOIN article_html h ON h.article_id = a.id WHERE a.id = ?`,
    )
    .get(id) as DetailRow | undefined;
  return row === undefined ? null : toDetail(row);
}

/** The stored plain text of an article, or null. */
export function getText(db: DatabaseSync, id: number): string | null {
  const row = db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text ?? null;
}

/** Where the original of an article is stored (relative to the library folder), or null. */
export function getOriginalLocation(
  db: DatabaseSync,
  id: ArticleId,
): { path: string; sha256: string } | null {
  const row = db
    .prepare(
      'SELECT o.path, o.sha256 FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ?',
    )
    .get(id) as { path: string; sha256: string } | undefined;
  return row ?? null;
}

/** The columns the search index takes, in id order after an id. */
const indexableSql = `SELECT id, title, coalesce(byline, '') AS byline, coalesce(site_name, '') AS site_name, text
  FROM articles WHERE id > ? ORDER BY id`;

type IndexableRow = { id: number; title: string; byline: string; site_name: string; text: string };

function toIndexable(r: IndexableRow): IndexableArticle {
  return { id: toArticleId(r.id), title: r.title, byline: r.byline, siteName: r.site_name, text: r.text };
}

/** Streams every article with id > `afterId` in id order, for (re)building the search index. */
export function* indexableArticles(db: DatabaseSync, afterId = 0): Generator<IndexableArticle> {
  for (const row of db.prepare(indexableSql).iterate(afterId)) yield toIndexable(row as IndexableRow);
}

/** Up to `limit` articles with id > `afterId` in id order: one page of a rebuild done in slices. */
export function indexableArticlePage(db: DatabaseSync, afterId: number, limit: number): IndexableArticle[] {
  const rows = prepared(db, `${indexableSql} LIMIT ?`).all(afterId, limit) as IndexableRow[];
  return rows.map(toIndexable);
}

/** How many articles were cleaned by a cleaner older than `version`. */
export function countOutdated(db: DatabaseSync, version: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM articles WHERE cleaner_version < ?').get(version) as {
    n: number;
  };
  return row.n;
}

/** The ids to re-clean, oldest first: those cleaned before `version`, or all when `version` is null. */
export function articleIdsToReclean(db: DatabaseSync, version: number | null): ArticleId[] {
  const rows = (
    version === null
      ? db.prepare('SELECT id FROM articles ORDER BY id').all()
      : db.prepare('SELECT id FROM articles WHERE cleaner_version < ? ORDER BY id').all(version)
  ) as { id: number }[];
  return rows.map((row) => toArticleId(row.id));
}
