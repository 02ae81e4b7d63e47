import { silentLogger } from '../../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../../main/core/search/article-search.ts';
import { insertPlainArticle, openTestDatabase } from '../../../support/plain-article-db.ts';

/**
 * A library in `dir` of `count` articles with both words, "harbour crane" side by side in those
 * `adjacent` picks, and no time at all for phrase checks: each call makes only the minimum of text
 * reads. Opened with its index ready.
 */
export async function harbourCraneSearch(dir: string, count: number, adjacent: (id: number) => boolean) {
  const db = openTestDatabase(dir);
  for (let i = 1; i <= count; i += 1) {
    const text = adjacent(i) ? `the harbour crane moved ${i}` : `the crane by the harbour ${i}`;
    insertPlainArticle(db, i, {
      text,
      title: `Dispatch ${i}`,
      wordCount: 6,
      addedAt: '2026-01-01T00:00:00Z',
    });
  }
  const opened = await openArticleSearch({ dir, db, logger: silentLogger, verifyBudgetMs: 0 });
  await opened.search.ready;
  return { ...opened, db };
}
