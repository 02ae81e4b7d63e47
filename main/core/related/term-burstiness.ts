import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../store/prepared-statements.ts';

// A story is told within weeks: the words of its own (the company, the ship, "moratorium" in a bank
// story) are carried by articles close in time. A word of a KIND of story ("strike", "outage",
// "supervisor", "recall") is carried by articles all over the library's dates, one episode after
// another. So a shared rare word counts by the share of its articles dated near the pair, counted at
// query time in SQLite from the word's postings. Only words rare enough to count as a story's
// wording are asked about (at most a few hundred postings each at 100,000 articles), once per day.

/** Articles within this many days of the pair count as the same episode (a story is told in weeks). */
export const episodeDays = 45;

interface Spread {
  readonly total: number;
  readonly near: number | null;
}

/**
 * The share (0..1) of the articles carrying a key that are dated within `episodeDays` of `day`; 1 when
 * the day is unknown or two articles at most carry the key. Articles without a date count as near
 * (nothing says they are not). Cached per key and day.
 */
export function episodeShare(db: DatabaseSync): (key: string, day: number | null) => number {
  const cache = new Map<string, number>();
  const count = prepared(
    db,
    `SELECT COUNT(*) AS total,
            SUM(r.published_day IS NULL OR ABS(r.published_day - :day) <= :window) AS near
       FROM related_features f JOIN related_articles r ON r.article_id = f.article_id
      WHERE f.key = :key`,
  );
  return (key, day) => {
    if (day === null) return 1;
    const cacheKey = `${day}\u0000${key}`;
    const known = cache.get(cacheKey);
    if (known !== undefined) return known;
    const spread = count.get({ key, day, window: episodeDays }) as unknown as Spread;
    const share = spread.total <= 2 ? 1 : (spread.near ?? 0) / spread.total;
    cache.set(cacheKey, share);
    return share;
  };
}
