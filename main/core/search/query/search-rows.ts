import type { DatabaseSync } from 'node:sqlite';

/** What filtering and phrase checks read of one article. */
export interface SearchRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly lang: string | null;
  /** Published date, falling back to the capture date of the saved page. */
  readonly date: string | null;
  /** When the article was imported. */
  readonly addedAt: string;
  /** Another article has the same normalized URL or is in the same version group. */
  readonly duplicate: boolean;
}

interface RawRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly site_name: string | null;
  readonly lang: string | null;
  readonly date: string | null;
  readonly added_at: string;
  readonly duplicate: number;
}

// Both halves of the EXISTS use the indexes of migration 4 (normalized_url, version_group).
const columns = `a.id, a.title, a.byline, a.site_name, a.lang, a.added_at,
  coalesce(nullif(a.published_time, ''), p.captured_at) AS date,
  (EXISTS (SELECT 1 FROM articles b WHERE b.normalized_url = a.normalized_url AND b.id <> a.id)
    OR EXISTS (SELECT 1 FROM articles b WHERE b.version_group = a.version_group AND b.id <> a.id)) AS duplicate`;

function toRow(row: RawRow): SearchRow {
  return {
    id: row.id,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    lang: row.lang,
    date: row.date,
    addedAt: row.added_at,
    duplicate: row.duplicate === 1,
  };
}

/** Rows for the given ids in one query (missing ids are absent): filters and date sort read many at once. */
export function searchRowsByIds(db: DatabaseSync, ids: Iterable<number>): SearchRow[] {
  const list = [...ids];
  if (list.length === 0) return [];
  const raw = db
    .prepare(
      `SELECT ${columns} FROM articles a LEFT JOIN provenance p ON p.article_id = a.id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(list)) as unknown as RawRow[];
  return raw.map(toRow);
}

/** What phrase verification reads of one article: its searched fields, text in full. */
export function phraseFields(db: DatabaseSync, id: number): string[] | null {
  const row = db.prepare('SELECT title, byline, site_name, text FROM articles WHERE id = ?').get(id) as
    { title: string; byline: string | null; site_name: string | null; text: string } | undefined;
  return row === undefined ? null : [row.title, row.byline ?? '', row.site_name ?? '', row.text];
}

/** The first `chars` characters of each article's text (snippets never look further), in one query. */
export function textHeads(db: DatabaseSync, ids: readonly number[], chars: number): Map<number, string> {
  const rows = db
    .prepare(
      'SELECT id, substr(text, 1, ?) AS head FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all(chars, JSON.stringify(ids)) as unknown as { id: number; head: string }[];
  return new Map(rows.map((row) => [row.id, row.head]));
}

/** Every article's id, newest first: the candidates of a query made only of filters. */
export function allArticleIds(db: DatabaseSync): number[] {
  const rows = db.prepare('SELECT id FROM articles ORDER BY id DESC').all() as unknown as { id: number }[];
  return rows.map((row) => row.id);
}
