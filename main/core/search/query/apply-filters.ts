import type { QueryFilter } from './parse-query.ts';
import { containsLoosely } from './normalize-text.ts';
import { dayOf, matchesDate } from './query-dates.ts';
import type { SearchRow } from './search-rows.ts';

function passes(row: SearchRow, filter: QueryFilter): boolean {
  switch (filter.field) {
    case 'title':
      return containsLoosely(row.title, filter.value);
    case 'author':
      return containsLoosely(row.byline, filter.value);
    case 'site':
      return containsLoosely(row.siteName, filter.value);
    case 'lang':
      // "en" matches "en-GB"; tags are case-insensitive.
      return (row.lang ?? '').toLowerCase().startsWith(filter.value.toLowerCase());
    case 'entity':
    case 'tag':
    case 'has':
      // Bound by resolveEntityFilters (has:links to the linked articles); an unbound one matches nothing.
      return filter.articles?.has(row.id) ?? false;
    case 'is':
      // The parser lets only known values through; "duplicate" is the one there is.
      return row.duplicate;
    case 'added': {
      const day = dayOf(row.addedAt);
      return day !== null && matchesDate(day, 'added', filter.value);
    }
    case 'before':
    case 'after':
    case 'on': {
      const day = dayOf(row.date);
      return day !== null && matchesDate(day, filter.field, filter.value);
    }
  }
}

/** Whether a row passes every filter (a negated filter passes what the filter would drop). */
export function passesAll(row: SearchRow, filters: readonly QueryFilter[]): boolean {
  return filters.every((f) => passes(row, f) !== f.negated);
}
