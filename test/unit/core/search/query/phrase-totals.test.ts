import { describe, expect, it } from 'vitest';
import { libraryWith } from './search-test-library.ts';

describe('the total of a phrase query', () => {
  const pages = [
    { title: 'Scattered one', body: 'A planet that looked red at dusk.' },
    { title: 'Scattered two', body: 'The planet turned red in the old photographs.' },
    { title: 'Adjacent one', body: 'They watched the red planet rise.' },
    { title: 'Adjacent two', body: 'A red planet, said the caption.' },
    { title: 'Adjacent three', body: 'Notes on the red planet and its moons.' },
  ];

  it('is an estimate when the page was filled before every candidate was verified', async () => {
    const library = await libraryWith(pages);

    const result = await library.search({ query: '"red planet"', limit: 1 });
    if (!result.ok) throw new Error(result.error.message);

    // At most the two scattered pages are checked before an adjacent one fills the page.
    expect(result.value.hits.map((hit) => hit.article.title)).toEqual([expect.stringMatching(/^Adjacent/u)]);
    expect(result.value.totalIsEstimate).toBe(true);
    expect(result.value.total).toBeGreaterThanOrEqual(2);
    expect(result.value.total).toBeLessThanOrEqual(5);
  });

  it('is exact when every candidate was verified, and saved searches count exactly', async () => {
    const library = await libraryWith(pages);

    const result = await library.search({ query: '"red planet"', limit: 10 });
    if (!result.ok) throw new Error(result.error.message);
    const saved = await library.saveSearch({ name: 'Mars', query: '"red planet"' });

    expect(result.value).toMatchObject({ total: 3, totalIsEstimate: false });
    expect(saved).toMatchObject({ ok: true, value: { count: 3 } });
  });
});
