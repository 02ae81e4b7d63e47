import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { QueryFilter } from './parse-query.ts';
import { compileFilters, type IdTest } from './apply-filters.ts';
import { RowColumns, type ColumnRow } from './row-columns.ts';

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

function toRow(raw: RawRow, duplicate: boolean): ColumnRow {
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

/** Rows read per slice while warming up: about 20 ms of reading at a time. */
const warmSlice = 2_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Warming {
  readonly columns: RowColumns;
  readonly changed: Set<number>;
  readonly duplicates: ReadonlySet<number>;
  /** Prepared once per warm-up: the first slice, the next one after a title, the rest of a title. */
  readonly statements: Record<'first' | 'next' | 'sameTitle', StatementSync>;
  /** The last title read: the next slice starts after it (titles are never null). */
  after: string | null;
  done: boolean;
}

/** Adds a row read from the database. */
function addRow(into: Pick<Warming, 'columns' | 'duplicates'>, raw: RawRow): void {
  into.columns.set(toRow(raw, into.duplicates.has(raw.id)));
}

function countRows(db: DatabaseSync): number {
  const row = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number } | undefined;
  return row?.n ?? 0;
}

/**
 * Every article's filter and date-sort columns in memory, read once on the first query that needs
 * them and kept current as articles come and go: filtering 100,000 candidates must not be a query.
 */
export class RowStore {
  readonly #db: DatabaseSync;
  #rows: RowColumns | null = null;
  /** The slices read so far while warming up at idle, and the ids changed meanwhile. */
  #warming: Warming | null = null;
  /** `ids()`, until a row is added, changed or removed. */
  #sortedIds: readonly number[] | null = null;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /**
   * Reads every row at idle after open, a slice at a time with the event loop handed back in
   * between (one read of 100,000 rows blocks for about a second), so the first filter query does
   * not pay for it. A query that needs the rows sooner reads them at once; a change to the articles
   * while warming leaves them to be read at once by the next query.
   */
  async warm(yieldBetween: () => Promise<void> = nextTurn, slice = warmSlice): Promise<void> {
    if (this.#rows !== null || this.#warming !== null) return;
    const warming: Warming = {
      columns: new RowColumns(),
      changed: new Set(),
      duplicates: this.#duplicates(),
      statements: {
        first: this.#arrays(`${rowsQuery} ORDER BY a.title LIMIT ?`),
        next: this.#arrays(`${rowsQuery} WHERE a.title > ? ORDER BY a.title LIMIT ?`),
        sameTitle: this.#arrays(`${rowsQuery} WHERE a.title = ?`),
      },
      after: null,
      done: false,
    };
    this.#warming = warming;
    while (!warming.done) {
      await yieldBetween();
      // Stopped: a query read the rows meanwhile, or the library closed.
      if (this.#warming !== warming || !this.#db.isOpen) return;
      this.#readSlice(warming, slice);
    }
    this.#warming = null;
    this.#adopt(warming);
  }

  /**
   * Reads the next slice in title order from where the last one ended (a range seek in the covering
   * index: an OFFSET would step over every row before it again, quadratic at 100k), plus every other
   * row sharing the slice's last title, so the next slice can start strictly after that title.
   */
  #readSlice(warming: Warming, slice: number): void {
    const { next, first, sameTitle } = warming.statements;
    const read = (warming.after === null
      ? first.all(slice)
      : next.all(warming.after, slice)) as unknown as RawValues[];
    for (const values of read) addRow(warming, fromValues(values));
    const last = read.at(-1);
    if (last === undefined || read.length < slice) {
      warming.done = true;
      return;
    }
    const title = last[1];
    for (const values of sameTitle.all(title) as unknown as RawValues[]) addRow(warming, fromValues(values));
    warming.after = title;
  }

  /** Installs the slices warming read, unless a query read every row meanwhile or the library closed. */
  #adopt(warming: Warming): boolean {
    if (!this.#db.isOpen || this.#rows !== null) return false;
    // Rows that changed or moved meanwhile may be missing or stale in the slices: after any change
    // (or a count that disagrees) they are dropped, and the rows are read in one go when needed.
    if (warming.changed.size > 0 || warming.columns.size !== countRows(this.#db)) return false;
    this.#rows = warming.columns;
    return true;
  }

  /** The filters as a test of article ids (present ones only), compiled for one query. */
  filter(filters: readonly QueryFilter[]): IdTest {
    return compileFilters(filters, this.#all());
  }

  /** An article's date (published, else captured) in epoch ms, or null when it has none readable. */
  timeOf(id: number): number | null {
    const time = this.#all().time[id] ?? Number.NaN;
    return Number.isNaN(time) ? null : time;
  }

  /** Every article's id, newest first (kept between queries until an article comes or goes). */
  ids(): readonly number[] {
    this.#sortedIds ??= this.#all().ids();
    return this.#sortedIds;
  }

  /** Re-reads an added or changed article and the copies it may now duplicate (no-op until loaded). */
  refresh(id: number): void {
    this.#warming?.changed.add(id);
    if (this.#rows === null) return;
    for (const copy of this.#copiesOf(id)) this.#reread(copy, null);
  }

  /** Forgets an article about to be deleted (its row must still exist) and re-reads its copies. */
  forget(id: number): void {
    this.#warming?.changed.add(id);
    if (this.#rows === null) return;
    const copies = this.#copiesOf(id).filter((copy) => copy !== id);
    this.#sortedIds = null;
    this.#rows.delete(id);
    for (const copy of copies) this.#reread(copy, id);
  }

  #reread(id: number, leaving: number | null): void {
    const raw = this.#db.prepare(`${rowsQuery} WHERE a.id = ?`).get(id) as RawRow | undefined;
    if (raw === undefined) {
      this.#sortedIds = null;
      this.#rows?.delete(id);
      return;
    }
    const copies = this.#copiesOf(id).filter((copy) => copy !== leaving);
    this.#sortedIds = null;
    this.#rows?.set(toRow(raw, copies.length > 1));
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

  /** A statement that returns rows as arrays (several times faster for 100,000 rows). */
  #arrays(sql: string): StatementSync {
    const statement = this.#db.prepare(sql);
    statement.setReturnArrays(true);
    return statement;
  }

  #duplicates(): Set<number> {
    const duplicates = new Set<number>();
    for (const query of sharedKeysQueries) {
      for (const row of this.#db.prepare(query).all() as unknown as { id: number }[]) duplicates.add(row.id);
    }
    return duplicates;
  }

  #all(): RowColumns {
    if (this.#rows !== null) return this.#rows;
    // Needed now: a warm-up under way finishes its slices at once (unless something changed).
    const warming = this.#warming;
    this.#warming = null;
    if (warming !== null && warming.changed.size === 0) {
      while (!warming.done) this.#readSlice(warming, warmSlice);
      if (this.#adopt(warming)) return warming.columns;
    }
    const read = { columns: new RowColumns(), duplicates: this.#duplicates() };
    for (const values of this.#arrays(rowsQuery).all() as unknown as RawValues[])
      addRow(read, fromValues(values));
    this.#rows = read.columns;
    return read.columns;
  }
}
