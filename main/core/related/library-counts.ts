import type { DatabaseSync } from 'node:sqlite';
import { documentFrequency, featuredArticleCount } from '../store/related-document-counts.ts';
import { episodeShare } from './term-burstiness.ts';

/** The library-wide counts a scoring pass reads: articles with features, and each key's count (cached). */
export interface Counts {
  readonly articles: number;
  readonly df: (key: string) => number;
  /** The share of a term's articles dated near a day (term-burstiness.ts). */
  readonly episode: (key: string, day: number | null) => number;
}

/** The counts of one scoring pass: each key's count read from the library once. */
export function countsOf(db: DatabaseSync): Counts {
  const articles = Math.max(1, featuredArticleCount(db));
  // Pairs of two candidates (threads) look up the counts of keys the article does not carry, once.
  const dfs = new Map<string, number>();
  const df = (key: string): number => {
    const known = dfs.get(key);
    if (known !== undefined) return known;
    const count = documentFrequency(db, key);
    dfs.set(key, count);
    return count;
  };
  return { articles, df, episode: episodeShare(db) };
}
