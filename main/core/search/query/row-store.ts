import type { DatabaseSync } from 'node:sqlite';
import { dayOf } from './query-dates.ts';
import type { SearchRow } from './search-rows.ts';

interface RawRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly site_name: string | null;
  readonly lang: string | null;
  readonly date: string | null;
  readonly added_at: string;
}

// Only columns stored before the article's html and text: reading them touches one page per row,
// while columns added later (normalized_url, version_group) sit behind the text's overflow pages.
const rowColumns = `a.id, a.title, a.byline, a.site_name, a.lang, a.added_at,
  coalesce(nullif(a.published_time, ''), p.captured_at) AS date`;
const rowsQuery = `SELECT ${rowColumns} FROM articles a LEFT JOIN provenance p ON p.article_id = a.id`;

/** Another copy shares the key: keys kept by their index alone (covering, so the table is not read). */
const sharedKeysQueries = [
  `SELECT normalized_url AS key, id FROM articles WHERE normalized_url IN
     (SELECT normalized_url FROM articles WHERE normalized_url IS NOT NULL
      GROUP BY normalized_url HAVING count(*) > 1)`,
  `SELECT version_group AS key, id FROM articles WHERE version_group IN
     (SELECT version_group FROM articles WHERE version_group IS NOT NULL
      GROUP BY version_group HAVING count(*) > 1)`,
];

/** A row read as an array, in `rowColumns` order. */
type RawValues = [number, string, string | null, string | null, string | null, string, string | null];

function fromValues([id, title, byline, siteName, lang, addedAt, date]: RawValues): RawRow {
  return { id, title, byline, site_name: siteName, lang, added_at: addedAt, date };
}

function toRow(raw: RawRow, duplicate: boolean): SearchRow {
  return {
    id: raw.id,
    title: raw.title,
    byline: raw.byline,
    siteName: raw.site_name,
    lang: raw.lang,
    date: raw.date,
    addedAt: raw.added_at,
    duplicate,
  };
}

/** A stored date as epoch ms: ISO strings as they are, other readable dates parsed; null when unreadable. */
function timeOf(stored: string | null): number | null {
  if (stored === null || dayOf(stored) === null) return null;
  const time = Date.parse(stored);
  return Number.isNaN(time) ? null : time;
}

/**
 * Every article's filter and date-sort columns in memory, read once on the first query that needs
 * them and kept current as articles come and go: filtering 100,000 candidates must not be a query.
 */
export class RowStore {
  readonly #db: DatabaseSync;
  #rows: Map<number, SearchRow> | null = null;
  /** Each dated row's date in epoch ms, for sorting by date. */
  readonly #times = new Map<number, number>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Reads every row now (at idle after open), so the first filter query does not pay for it. */
  warm(): void {
    this.#all();
  }

  /** The row of an article, or undefined when there is none. */
  get(id: number): SearchRow | undefined {
    return this.#all().get(id);
  }

  /** An article's date (published, else captured) in epoch ms, or null when it has none readable. */
  timeOf(id: number): number | null {
    this.#all();
    return this.#times.get(id) ?? null;
  }

  /** Every article's id, newest first. */
  ids(): number[] {
    return [...this.#all().keys()].sort((a, b) => b - a);
  }

  /** Re-reads an added or changed article and the copies it may now duplicate (no-op until loaded). */
  refresh(id: number): void {
    if (this.#rows === null) return;
    for (const copy of this.#copiesOf(id)) this.#reread(copy, null);
  }

  /** Forgets an article about to be deleted (its row must still exist) and re-reads its copies. */
  forget(id: number): void {
    if (this.#rows === null) return;
    const copies = this.#copiesOf(id).filter((copy) => copy !== id);
    this.#rows.delete(id);
    this.#times.delete(id);
    for (const copy of copies) this.#reread(copy, id);
  }

  #reread(id: number, leaving: number | null): void {
    const raw = this.#db.prepare(`${rowsQuery} WHERE a.id = ?`).get(id) as RawRow | undefined;
    if (raw === undefined) {
      this.#rows?.delete(id);
      this.#times.delete(id);
      return;
    }
    const copies = this.#copiesOf(id).filter((copy) => copy !== leaving);
    this.#set(toRow(raw, copies.length > 1));
  }

  /** The article and every other with its normalized URL or version group. */
  #copiesOf(id: number): number[] {
    const rows = this.#db
      .prepare(
        `SELECT b.id FROM articles a JOIN articles b
           ON (b.normalized_url = a.normalized_url OR b.version_group = a.version_group)
         WHERE a.id = ?`,
      )
      .all(id) as unknown as { id: number }[];
    return [...new Set([id, ...rows.map((r) => r.id)])];
  }

  #all(): Map<number, SearchRow> {
    if (this.#rows !== null) return this.#rows;
    const duplicates = new Set<number>();
    for (const query of sharedKeysQueries) {
      for (const row of this.#db.prepare(query).all() as unknown as { id: number }[]) duplicates.add(row.id);
    }
    const rows = new Map<number, SearchRow>();
    const statement = this.#db.prepare(rowsQuery);
    // Arrays instead of one object per row: several times faster for 100,000 rows.
    statement.setReturnArrays(true);
    for (const values of statement.all() as unknown as RawValues[]) {
      const raw = fromValues(values);
      rows.set(raw.id, toRow(raw, duplicates.has(raw.id)));
    }
    this.#rows = rows;
    for (const row of rows.values()) this.#set(row);
    return rows;
  }

  #set(row: SearchRow): void {
    this.#rows?.set(row.id, row);
    const time = timeOf(row.date);
    if (time === null) this.#times.delete(row.id);
    else this.#times.set(row.id, time);
  }
}
