/** A date filter: compares the article's date with a year, month or day. */
export type DateFilterField = 'before' | 'after' | 'on';

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

/** The `YYYY-MM-DD` day of a stored date, or null when it cannot be read as a date. */
export function dayOf(stored: string | null): string | null {
  if (stored === null || stored === '') return null;
  const iso = /^\d{4}-\d{2}-\d{2}/u.exec(stored);
  if (iso !== null) return iso[0];
  const parsed = Date.parse(stored);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** Whether a day falls before, within or after the period `value` (a valid query date). */
export function matchesDate(day: string, field: DateFilterField, value: string): boolean {
  // Cutting the day to the period's precision makes plain string comparison exact.
  const period = day.slice(0, value.length);
  if (field === 'before') return period < value;
  if (field === 'after') return period > value;
  return period === value;
}
