import { expect, test } from './support/fixtures.ts';
import { searchPageSize } from '../../renderer/api/search-page-size.ts';

const total = 10_000;

/** A search answer of `total` synthetic hits, served page by page as the UI asks for them. */
function syntheticPage(query: string, offset: number, limit: number): unknown {
  const hits = [];
  for (let i = offset; i < Math.min(total, offset + limit); i += 1) {
    hits.push({
      article: {
        id: i + 1,
        title: `Synthetic hit ${i + 1}`,
        byline: null,
        siteName: 'example.org',
        publishedTime: null,
        addedAt: '2026-01-01T00:00:00.000Z',
        url: null,
        lang: 'en',
        excerpt: null,
        wordCount: 300,
        status: 'ok',
      },
      score: total - i,
      snippets: [{ text: `A snippet with ${query} in it.`, highlights: [[15, 15 + query.length]] }],
    });
  }
  return { ok: true, value: { query, hits, total, problems: [] } };
}

test('10,000 hits are counted, rendered a window at a time, and paged in while scrolling', async ({
  reader,
}) => {
  const offsets: number[] = [];
  await reader.page.route('**/api/search', async (route) => {
    const request = route.request().postDataJSON() as { query: string; limit: number; offset?: number };
    offsets.push(request.offset ?? 0);
    await route.fulfill({ json: syntheticPage(request.query, request.offset ?? 0, request.limit) });
  });

  await reader.search('basalt');
  await expect(reader.resultCount()).toHaveText('10,000 articles');
  const first = reader.results().first();
  await expect(first).toHaveAttribute('aria-setsize', String(total));
  await expect(first).toHaveAttribute('aria-posinset', '1');
  // Only the rows near the viewport exist in the DOM.
  expect(await reader.results().count()).toBeLessThan(60);

  // Scrolling to the end of what is loaded asks for the next pages.
  for (let i = 0; i < 4; i += 1) {
    await reader.resultList.evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await expect.poll(() => offsets.length).toBeGreaterThan(i + 1);
  }
  const page = searchPageSize;
  expect(offsets.slice(1, 4)).toEqual([page, 2 * page, 3 * page]);
  // The rows rendered now are the last pages', far past the first.
  const positions = await reader
    .results()
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-posinset'))));
  expect(Math.max(...positions)).toBeGreaterThan(3 * page);

  // The keyboard still walks the virtual list: Home brings back and selects the first hit.
  await reader.resultList.focus();
  await reader.page.keyboard.press('Home');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toBeInViewport();
  await reader.page.keyboard.press('ArrowDown');
  await expect(reader.results().nth(1)).toHaveAttribute('aria-selected', 'true');
  await reader.page.keyboard.press('End');
  // End selects the last hit loaded so far: at least the four pages asked for above.
  const last = reader.resultList.locator('[aria-selected="true"]');
  await expect(last).toBeInViewport();
  expect(Number(await last.getAttribute('aria-posinset'))).toBeGreaterThanOrEqual(4 * page);
});
