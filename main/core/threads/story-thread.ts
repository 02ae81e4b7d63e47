import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import {
  maxThreadArticles,
  threadLinkTypes,
  type ThreadArticle,
  type ThreadLink,
} from '../../shared/thread-types.ts';
import { articleDates, linksTouching, type ArticleDates } from '../store/thread-repository.ts';

/** The articles of a thread (unordered ids), the links among them, and whether it was cut. */
export interface ThreadComponent {
  readonly ids: readonly ArticleId[];
  readonly links: readonly ThreadLink[];
  readonly truncated: boolean;
}

/**
 * The connected component of an article over thread links, either direction, breadth first
 * from the article so a cut keeps the closest ones.
 */
export function threadComponent(
  db: DatabaseSync,
  start: ArticleId,
  cap = maxThreadArticles,
): ThreadComponent {
  const seen = new Set<ArticleId>([start]);
  const links = new Map<number, ThreadLink>();
  const queue: ArticleId[] = [start];
  let truncated = false;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const link of linksTouching(db, next, threadLinkTypes)) {
      links.set(link.id, link);
      const other = link.sourceId === next ? link.targetId : link.sourceId;
      if (seen.has(other)) continue;
      if (seen.size >= cap) {
        truncated = true;
        continue;
      }
      seen.add(other);
      queue.push(other);
    }
  }
  const kept = [...links.values()].filter((link) => seen.has(link.sourceId) && seen.has(link.targetId));
  return { ids: [...seen], links: kept.sort((a, b) => a.id - b.id), truncated };
}

// A stored date that does not parse (a page can declare anything) counts as absent.
function validIso(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Where an article sits on the timeline: published date, else capture date, else when it was added. */
export function timelineArticle(row: ArticleDates): ThreadArticle {
  const published = validIso(row.publishedTime);
  const captured = validIso(row.capturedAt);
  const [date, dateSource] =
    published !== null
      ? [published, 'published' as const]
      : captured !== null
        ? [captured, 'captured' as const]
        : [validIso(row.addedAt) ?? row.addedAt, 'added' as const];
  return {
    id: row.id as ArticleId,
    title: row.title,
    siteName: row.siteName,
    url: row.url,
    date,
    dateSource,
  };
}

/** The thread's articles in timeline order: by date, oldest first, then by id. */
export function orderedArticles(db: DatabaseSync, ids: readonly ArticleId[]): ThreadArticle[] {
  const rows = articleDates(db, ids);
  return [...rows.values()]
    .map(timelineArticle)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}
