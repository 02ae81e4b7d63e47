import type { QueryFilter } from './parse-query.ts';
import { looseMatcher } from './normalize-text.ts';
import { parseDateRange } from './query-dates.ts';
import type { RowColumns } from './row-columns.ts';

/** Whether the article with this id passes a filter (or a set of them); only asked of present ids. */
export type IdTest = (id: number) => boolean;

/** The first and last day numbers (YYYYMMDD) of a period `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function periodBounds(period: string): [number, number] {
  const [year = 0, month, day] = period.split('-').map(Number);
  if (month === undefined) return [year * 10_000, year * 10_000 + 9_999];
  if (day === undefined) return [year * 10_000 + month * 100, year * 10_000 + month * 100 + 99];
  const exact = year * 10_000 + month * 100 + day;
  return [exact, exact];
}

/** The day test of a date filter, its value parsed once; day 0 (unreadable) passes none. */
function dayTest(field: 'before' | 'after' | 'on' | 'added', value: string): (day: number) => boolean {
  if (field === 'before') {
    const [first] = periodBounds(value);
    return (day) => day !== 0 && day < first;
  }
  if (field === 'after') {
    const [, last] = periodBounds(value);
    return (day) => day > last;
  }
  const range = parseDateRange(value);
  if (range === null) return () => false;
  const from = range.from === null ? 1 : periodBounds(range.from)[0];
  const to = range.to === null ? Number.MAX_SAFE_INTEGER : periodBounds(range.to)[1];
  return (day) => day >= from && day <= to;
}

/** One filter as an id test over the columns; text values are tested once per distinct value. */
function compileFilter(filter: QueryFilter, columns: RowColumns): IdTest {
  switch (filter.field) {
    case 'title': {
      const matches = looseMatcher(filter.value);
      return (id) => matches(columns.titles[id] ?? null);
    }
    case 'author': {
      const marks = columns.bylines.marks(looseMatcher(filter.value));
      return (id) => marks[columns.byline[id] ?? 0] === 1;
    }
    case 'site': {
      const marks = columns.sites.marks(looseMatcher(filter.value));
      return (id) => marks[columns.site[id] ?? 0] === 1;
    }
    case 'lang': {
      // "en" matches "en-GB"; tags are stored lower-cased.
      const tag = filter.value.toLowerCase();
      const marks = columns.langs.marks((lang) => lang.startsWith(tag));
      if (tag === '') marks[0] = 1;
      return (id) => marks[columns.lang[id] ?? 0] === 1;
    }
    case 'entity':
    case 'tag':
    case 'has': {
      // Bound by resolveEntityFilters (has:links to the linked articles); an unbound one matches nothing.
      const articles = filter.articles;
      return (id) => articles?.has(id) ?? false;
    }
    case 'is':
      // The parser lets only known values through; "duplicate" is the one there is.
      return (id) => columns.duplicate[id] === 1;
    case 'added': {
      const test = dayTest('added', filter.value);
      return (id) => test(columns.addedDay[id] ?? 0);
    }
    case 'before':
    case 'after':
    case 'on': {
      const test = dayTest(filter.field, filter.value);
      return (id) => test(columns.day[id] ?? 0);
    }
  }
}

/**
 * The filters as one id test (a negated filter passes what the filter would drop), compiled once
 * per query: a filter runs over up to every article of the library.
 */
export function compileFilters(filters: readonly QueryFilter[], columns: RowColumns): IdTest {
  const tests = filters.map((filter) => {
    const test = compileFilter(filter, columns);
    return filter.negated ? (id: number) => !test(id) : test;
  });
  const [only] = tests;
  if (tests.length === 1 && only !== undefined) return (id) => columns.present[id] === 1 && only(id);
  return (id) => columns.present[id] === 1 && tests.every((test) => test(id));
}
