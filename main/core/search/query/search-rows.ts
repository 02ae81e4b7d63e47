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
}

interface RawRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly site_name: string | null;
  readonly lang: string | null;
  readonly date: string | null;
}

const columns = `a.id, a.title, a.byline, a.site_name, a.lang,
  coalesce(nullif(a.published_time, ''), p.captured_at) AS date`;

function toRow(row: RawRow): SearchRow {
  return { ...row, siteName: row.site_name };
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
