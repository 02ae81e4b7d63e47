import { describe, expect, it } from 'vitest';
import { minReads } from '../../../../../main/core/search/query/verify-hits.ts';
import { harbourCraneSearch } from './harbour-crane-library.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const newTempDir = useTempDir();

describe('phrase checks within a time budget', () => {
  it('answers with the hits checked so far, marked partial, and goes on from there when asked again', async () => {
    const { search } = await harbourCraneSearch(newTempDir(), 120, (id) => id % 3 === 0);

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
    const { search } = await harbourCraneSearch(newTempDir(), 300, (id) => id === 300);

    // Each call reads at least `minReads` texts; 300 candidates would take ~19 calls if each were read.
    const first = search.search('"harbour crane"', 20);

    expect(first.partial).toBeUndefined();
    expect(first.hits.map((h) => h.article.id)).toEqual([300]);
    await search.close();
  });
});
