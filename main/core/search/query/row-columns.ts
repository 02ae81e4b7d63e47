import { dayOf } from './query-dates.ts';

/** One article's filter and sort columns as read from the database. */
export interface ColumnRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly lang: string | null;
  /** Published date, falling back to the capture date of the saved page. */
  readonly date: string | null;
  readonly addedAt: string;
  /** Another article has the same normalized URL or is in the same version group. */
  readonly duplicate: boolean;
}

/** Distinct values of a column, each kept once and coded by number; 0 is "none". */
export class Dictionary {
  readonly values: string[] = [''];
  readonly #codes = new Map<string, number>();

  /** The code of a value, added on first sight. */
  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** A mark per code whose value passes `test`: a filter tests each distinct value once, not each row. */
  marks(test: (value: string) => boolean): Uint8Array {
    const marks = new Uint8Array(this.values.length);
    for (let code = 1; code < this.values.length; code += 1)
      if (test(this.values[code] ?? '')) marks[code] = 1;
    return marks;
  }
}

/** `YYYY-MM-DD` as the number YYYYMMDD (0 when unreadable): date filters compare numbers. */
function dayNumber(stored: string | null): number {
  const day = dayOf(stored);
  return day === null
    ? 0
    : Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** A stored date as epoch ms when it has a readable day, else NaN. */
function timeOf(stored: string | null, day: number): number {
  return stored === null || day === 0 ? Number.NaN : Date.parse(stored);
}

/**
 * Every article's filter and sort columns in typed arrays indexed by id, repeated strings coded
 * through dictionaries: filtering 100,000 articles reads numbers, and no per-article object is left
 * for the garbage collector to walk.
 */
export class RowColumns {
  present = new Uint8Array(0);
  duplicate = new Uint8Array(0);
  site = new Int32Array(0);
  byline = new Int32Array(0);
  lang = new Int32Array(0);
  day = new Int32Array(0);
  addedDay = new Int32Array(0);
  time = new Float64Array(0);
  readonly titles: string[] = [];
  readonly sites = new Dictionary();
  readonly bylines = new Dictionary();
  readonly langs = new Dictionary();
  #size = 0;

  /** How many articles are present. */
  get size(): number {
    return this.#size;
  }

  /** Stores (or replaces) an article's columns. */
  set(row: ColumnRow): void {
    const id = row.id;
    this.#fit(id);
    if (this.present[id] !== 1) this.#size += 1;
    this.present[id] = 1;
    this.duplicate[id] = row.duplicate ? 1 : 0;
    this.titles[id] = row.title;
    this.site[id] = this.sites.code(row.siteName);
    this.byline[id] = this.bylines.code(row.byline);
    this.lang[id] = this.langs.code(row.lang === null ? null : row.lang.toLowerCase());
    const day = dayNumber(row.date);
    this.day[id] = day;
    this.addedDay[id] = dayNumber(row.addedAt);
    this.time[id] = timeOf(row.date, day);
  }

  /** Removes an article. */
  delete(id: number): void {
    if (this.present[id] !== 1) return;
    this.present[id] = 0;
    this.#size -= 1;
  }

  /** Every present id, highest first. */
  ids(): number[] {
    const ids: number[] = [];
    for (let id = this.present.length - 1; id >= 0; id -= 1) if (this.present[id] === 1) ids.push(id);
    return ids;
  }

  #fit(id: number): void {
    if (id < this.present.length) return;
    const size = Math.max(id + 1, this.present.length * 2, 1024);
    this.present = grown(this.present, new Uint8Array(size));
    this.duplicate = grown(this.duplicate, new Uint8Array(size));
    this.site = grown(this.site, new Int32Array(size));
    this.byline = grown(this.byline, new Int32Array(size));
    this.lang = grown(this.lang, new Int32Array(size));
    this.day = grown(this.day, new Int32Array(size));
    this.addedDay = grown(this.addedDay, new Int32Array(size));
    this.time = grown(this.time, new Float64Array(size).fill(Number.NaN));
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
