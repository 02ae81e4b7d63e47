import { describe, expect, it } from 'vitest';
import type { ArticleSearch } from '../../../../../main/core/search/article-search.ts';
import { answerKey } from '../../../../../main/core/search/query/resume-cache.ts';
import { insertPlainArticle } from '../../../support/plain-article-db.ts';
import { harbourCraneSearch } from './harbour-crane-library.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const newTempDir = useTempDir();

/** 150 articles with "harbour crane" side by side in every third, and no time for phrase checks. */
const budgetlessSearch = () => harbourCraneSearch(newTempDir(), 150, (id) => id % 3 === 0);

/** The ids of a page of `size` hits, asked for in as many calls as the budget needs; `between` runs after each. */
function pageInCalls(
  search: ArticleSearch,
  query: string,
  size: number,
  between = (): void => undefined,
): number[] {
  const ids: number[] = [];
  for (let call = 0; call < 50 && ids.length < size; call += 1) {
    const answer = search.search(query, size - ids.length, ids.length);
    ids.push(...answer.hits.map((hit) => hit.article.id));
    if (answer.partial !== true) break;
    between();
  }
  return ids;
}

describe('a phrase page fetched over several calls', () => {
  it('joins into the one complete answer, though other queries ran between its calls', async () => {
    const { search } = await budgetlessSearch();

    // Another query ranks on the scratch board the kept answer does not use, and finishes.
    let between = 0;
    const ids = pageInCalls(search, '"harbour crane"', 40, () => {
      between += 1;
      expect(search.search('"crane by"', 5, 0, 'relevance', 'complete').hits).toHaveLength(5);
    });

    // Asked last: a complete answer first would leave every check known, and nothing to go on from.
    const whole = search.search('"harbour crane"', 40, 0, 'relevance', 'complete').hits;
    expect(between).toBeGreaterThan(0);
    expect(whole).toHaveLength(40);
    expect(ids).toEqual(whole.map((h) => h.article.id));
    await search.close();
  });

  it('is answered afresh after the library changes, not from where it stopped', async () => {
    const { search, db } = await budgetlessSearch();
    const first = search.search('"harbour crane"', 40);
    expect(first.partial).toBe(true);

    // An article whose title has the phrase ranks first: an answer kept from before would miss it.
    const text = 'the harbour crane fell';
    insertPlainArticle(db, 151, {
      text,
      title: 'Harbour crane',
      wordCount: 4,
      addedAt: '2026-01-02T00:00:00Z',
    });
    search.add({ id: 151 as never, title: 'Harbour crane', byline: '', siteName: '', text });
    const again = pageInCalls(search, '"harbour crane"', 40);

    expect(again[0]).toBe(151);
    await search.close();
  });
});

describe('the key of a kept answer', () => {
  it('names the query and its sort, and refuses a plan holding article sets read from the database', () => {
    const plan = { groups: [[{ kind: 'phrase', text: 'harbour crane' }]], filters: [] };
    expect(answerKey(['relevance', plan])).not.toBe(answerKey(['date', plan]));
    expect(answerKey(['relevance', plan])).toBe(answerKey(['relevance', structuredClone(plan)]));
    const bound = { ...plan, filters: [{ field: 'entity', value: 'Merkel', articles: new Set([1, 2]) }] };
    expect(answerKey(['relevance', bound])).toBeNull();
  });
});
