import type { DatabaseSync } from 'node:sqlite';
import { countChanges, type TermCountsRead } from '../store/document-count-changes.ts';
import { prepared } from '../store/prepared-statements.ts';
import { documentFrequency } from '../store/related-document-counts.ts';

/**
 * The library's counts as they will be once an article's features are stored: how many articles
 * have features, and each key's count with the article's own keys counted once (issue 6: a new
 * article's words were read without it and a recomputed one's with it, so the same library gave an
 * article other weights when it was new than when it was recomputed).
 */
export interface CountsOnceStored {
  readonly articles: number;
  readonly df: (key: string) => number;
  /** The counts `df` has given, kept with the features so that storing them reads back fewer counts. */
  readonly read: TermCountsRead;
}

/**
 * The counts an article's features are computed with; `featured`: it has stored features (counted);
 * `articles`: how many articles have features now (the caller has just read it).
 */
export function countsOnceStored(
  db: DatabaseSync,
  id: number,
  featured: boolean,
  articles: number,
): CountsOnceStored {
  const row = featured
    ? (prepared(db, 'SELECT all_keys FROM related_articles WHERE article_id = ?').get(id) as
        { all_keys: string } | undefined)
    : undefined;
  const counted = new Set(row === undefined || row.all_keys === '' ? [] : row.all_keys.split('\n'));
  const read = new Map<string, number>();
  return {
    articles: articles + (featured ? 0 : 1),
    df: (key) => {
      const df = documentFrequency(db, key) + (counted.has(key) ? 0 : 1);
      read.set(key, df);
      return df;
    },
    read: { at: countChanges(db), df: read },
  };
}
