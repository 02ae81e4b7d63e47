import { describe, expect, it } from 'vitest';
import { toArticleId } from '../../../../../main/shared/ids.ts';
import { libraryWith, searchFor } from './search-test-library.ts';

const pages = [
  { title: 'Ceasefire talks open in Geneva', body: 'Negotiators met on Monday.' },
  { title: 'Ceasefire talks stall', body: 'Negotiators left on Tuesday.' },
  { title: 'Ceasefire holds in the north', body: 'Calm returned to the region.' },
  { title: 'Harvest festival draws crowds', body: 'Farmers sold apples.' },
];

describe('the has:links filter', () => {
  it('keeps the articles with a link in either direction, and -has:links the others', async () => {
    const library = await libraryWith(pages);
    const added = await library.addArticleLink({
      sourceId: toArticleId(2),
      targetId: toArticleId(1),
      type: 'follow-up',
    });
    expect(added.ok).toBe(true);

    const linked = await searchFor(library, 'has:links');
    const unlinked = await searchFor(library, 'ceasefire -has:links');

    expect(linked.hits.map((h) => h.article.id).sort()).toEqual([1, 2]);
    expect(linked.problems).toEqual([]);
    expect(unlinked.hits.map((h) => h.article.id)).toEqual([3]);
  });

  it('follows links as they are removed', async () => {
    const library = await libraryWith(pages.slice(0, 2));
    const added = await library.addArticleLink({
      sourceId: toArticleId(1),
      targetId: toArticleId(2),
      type: 'related',
    });
    if (!added.ok) throw new Error(added.error.message);
    const before = await searchFor(library, 'has:links');

    await library.removeArticleLink({ linkId: added.value.id });
    const after = await searchFor(library, 'has:links');

    expect(before.hits.map((h) => h.article.id).sort()).toEqual([1, 2]);
    expect(after.total).toBe(0);
  });
});
