/** A date filter: compares the article's date (or, for `added:`, its import date) with a period. */
export type DateFilterField = 'before' | 'after' | 'on' | 'added';

/** An inclusive span of periods; a missing end is open. Each end is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month or day. */
export function isQueryDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  // Date.UTC rolls 2021-02-30 over to March; a real day survives the round trip.
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(day);
}

/**
 * Reads the value of `on:` or `added:`: one period (`2026-11`) or a range `A..B`, `..B`, `A..`.
 * Returns null when an end is not a date, both ends are missing, or the range runs backwards.
 */
export function parseDateRange(value: string): DateRange | null {
  const parts = value.split('..');
  if (parts.length === 1) return isQueryDate(value) ? { from: value, to: value } : null;
  if (parts.length !== 2) return null;
  const [from = '', to = ''] = parts;
  if (from === '' && to === '') return null;
  if ((from !== '' && !isQueryDate(from)) || (to !== '' && !isQueryDate(to))) return null;
  // Compared at the shorter precision: 2026..2026-03 is fine, 2026-05..2026-03 is backwards.
  if (from !== '' && to !== '' && from.slice(0, to.length) > to.slice(0, from.length)) return null;
  return { from: from === '' ? null : from, to: to === '' ? null : to };
}

/** The `YYYY-MM-DD` day of a stored date, or null when it cannot be read as a date. */
export function dayOf(stored: string | null): string | null {
  if (stored === null || stored === '') return null;
  const iso = /^\d{4}-\d{2}-\d{2}/u.exec(stored);
  if (iso !== null) return iso[0];
  const parsed = Date.parse(stored);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** Whether a day falls within an inclusive range of periods. */
export function inDateRange(day: string, range: DateRange): boolean {
  // Cutting the day to each end's precision makes plain string comparison exact.
  if (range.from !== null && day.slice(0, range.from.length) < range.from) return false;
  return range.to === null || day.slice(0, range.to.length) <= range.to;
}
