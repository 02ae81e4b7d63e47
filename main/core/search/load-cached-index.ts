import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../logger.ts';
import { countArticles, indexableArticles, type IndexableArticle } from '../store/article-repository.ts';
import { loadIndex } from './index-persistence.ts';
import type { SearchIndex, SearchIndexOptions } from './search-index.ts';
import type { IndexedArticle } from './search-fields.ts';

/** An article as the index takes it. */
export function indexed(article: IndexableArticle): IndexedArticle {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    body: article.text,
  };
}

/** The cached index with every article of the database in it, or null when it must be rebuilt. */
export async function loadCachedIndex(
  dir: string,
  db: DatabaseSync,
  logger: Logger,
  options: SearchIndexOptions,
): Promise<{ index: SearchIndex; lastId: number; pairsArrived: Promise<string | null> } | null> {
  const loading = loadIndex(dir, options);
  // Counted while the index files are read off this thread (a cold count is ~0.1 s at 100k).
  const articleCount = countArticles(db);
  const loaded = await loading;
  if (!loaded.ok) {
    logger.info(`Search index ${loaded.reason}; rebuilding it from the library`, { detail: loaded.detail });
    return null;
  }
  const { index, manifest, pairsArrived } = loaded;
  let lastId = manifest.lastId;
  // Articles committed after the last save (e.g. the app was killed) are caught up here.
  for (const article of indexableArticles(db, manifest.lastId)) {
    index.add(indexed(article));
    lastId = article.id;
  }
  if (index.size === articleCount) return { index, lastId, pairsArrived };
  logger.warn('Search index does not match the library; rebuilding it', { indexed: index.size });
  return null;
}
