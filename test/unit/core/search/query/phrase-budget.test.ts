import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../../main/core/search/article-search.ts';
import { minReads } from '../../../../../main/core/search/query/verify-hits.ts';
import { insertPlainArticle, openTestDatabase } from '../../../support/plain-article-db.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const newTempDir = useTempDir();

/**
 * A library of `count` articles with both words, "harbour crane" side by side in those `adjacent`
 * picks, and no time at all for phrase checks: each call makes only the minimum of text reads.
 */
async function searchOver(count: number, adjacent: (id: number) => boolean) {
  const dir = newTempDir();
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
  return opened;
}

describe('phrase checks within a time budget', () => {
  it('answers with the hits checked so far, marked partial, and goes on from there when asked again', async () => {
    const { search } = await searchOver(120, (id) => id % 3 === 0);

    const first = search.search('"harbour crane"', 40);
    expect(first.partial).toBe(true);
    expect(first.hits.length).toBeLessThan(40);
    expect(first.hits.length).toBeGreaterThanOrEqual(Math.floor(minReads / 3));

    const hits = [...first.hits];
    for (let call = 0; call < 20 && hits.length < 40; call += 1) {
      const next = search.search('"harbour crane"', 40 - hits.length, hits.length);
      hits.push(...next.hits);
    }
    // The pieces join into the one answer a call without a budget gives.
    const whole = search.search('"harbour crane"', 40, 0, 'relevance', 'complete');
    expect(whole.partial).toBeUndefined();
    expect(hits.map((h) => h.article.id)).toEqual(whole.hits.map((h) => h.article.id));
    expect(whole.hits.every((h) => h.article.id % 3 === 0)).toBe(true);
    await search.close();
  });

  it('rejects candidates whose pair filter lacks the phrase without reading them, so one call answers', async () => {
    const { search } = await searchOver(300, (id) => id === 300);

    // Each call reads at least `minReads` texts; 300 candidates would take ~19 calls if each were read.
    const first = search.search('"harbour crane"', 20);

    expect(first.partial).toBeUndefined();
    expect(first.hits.map((h) => h.article.id)).toEqual([300]);
    await search.close();
  });
});
