import type { RankedId } from '../rank.ts';
import { dayOf } from './query-dates.ts';

import type { SearchSort } from '../../../shared/types.ts';

/** How search results are ordered (the shared contract's type). */
export type { SearchSort };

/**
 * Orders ranked hits newest first by their date (published, else captured); undated hits go last,
 * in their relevance order, as do hits of the same day.
 */
export function sortByDate<T extends RankedId>(
  ranked: readonly T[],
  dateOf: (id: number) => string | null,
): T[] {
  const keyed = ranked.map((hit, position) => {
    const stored = dateOf(hit.id);
    // The full timestamp orders articles of one day; dayOf only tells whether it is a date at all.
    const key = dayOf(stored) === null ? null : (stored ?? '');
    return { hit, position, key: key === null ? null : normalizeKey(key) };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      const undated = (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0);
      return undated || a.position - b.position;
    }
    if (a.key === b.key) return a.position - b.position;
    return a.key < b.key ? 1 : -1;
  });
  return keyed.map((entry) => entry.hit);
}

/** An ISO timestamp sorts as a string; any other readable date is turned into one first. */
function normalizeKey(stored: string): string {
  if (/^\d{4}-\d{2}-\d{2}/u.test(stored)) return stored;
  const parsed = Date.parse(stored);
  return Number.isNaN(parsed) ? stored : new Date(parsed).toISOString();
}
