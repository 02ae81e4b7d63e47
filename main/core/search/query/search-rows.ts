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

/** Rows for the given ids (missing ids are absent). */
export function searchRowsByIds(db: DatabaseSync, ids: Iterable<number>): SearchRow[] {
  const statement = db.prepare(
    `SELECT ${columns} FROM articles a LEFT JOIN provenance p ON p.article_id = a.id WHERE a.id = ?`,
  );
  const rows: SearchRow[] = [];
  for (const id of ids) {
    const row = statement.get(id) as RawRow | undefined;
    if (row !== undefined) rows.push(toRow(row));
  }
  return rows;
}

/** Every article's id, newest first: the candidates of a query made only of filters. */
export function allArticleIds(db: DatabaseSync): number[] {
  const rows = db.prepare('SELECT id FROM articles ORDER BY id DESC').all() as unknown as { id: number }[];
  return rows.map((row) => row.id);
}
