import { describe, expect, it } from 'vitest';
import { loadIndex, saveIndex } from '../../../../main/core/search/index-persistence.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { searchFields, type IndexedArticle } from '../../../../main/core/search/search-fields.ts';
import { createTermEncoder } from '../../../../main/core/search/terms.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const newTempDir = useTempDir();

const articles: IndexedArticle[] = [
  {
    id: 1,
    title: 'Storm warning',
    byline: 'Ann Lee',
    siteName: 'news.example',
    body: 'storm storm rain 2024 東京都庁',
  },
  { id: 2, title: 'Rain', byline: 'Bob', siteName: 'news.example', body: 'Straße straße sun rain wind' },
  { id: 3, title: 'Quiet day', byline: 'Ann Lee', siteName: 'blog.example', body: 'sun 東京 1234567 wind' },
  { id: 4, title: 'Storm', byline: '', siteName: 'other.example', body: 'hail' },
];

/** The frequencies a vocabulary should hold: per term, the articles whose fields contain it. */
function expectedCounts(indexed: readonly IndexedArticle[]): Map<string, number> {
  const { encode } = createTermEncoder();
  const counts = new Map<string, number>();
  for (const a of indexed) {
    for (const term of new Set(encode(`${a.title} ${a.byline} ${a.siteName} ${a.body}`)))
      counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function countsOf(index: SearchIndex): Map<string, number> {
  return new Map(index.vocabulary.frequencies());
}

describe('vocabulary counts of a rebuilt index', () => {
  it('counts each term once per article that has it, in any field, after a rebuild', () => {
    const index = new SearchIndex();
    for (const a of articles) index.add(a);

    expect(countsOf(index)).toEqual(expectedCounts(articles));
  });

  it('keeps counting articles added after the vocabulary was first read', () => {
    const index = new SearchIndex();
    for (const a of articles.slice(0, 2)) index.add(a);
    expect(index.vocabulary.frequency('rain')).toBe(2);

    for (const a of articles.slice(2)) index.add(a);

    expect(countsOf(index)).toEqual(expectedCounts(articles));
  });

  it('forgets a removed article even when removed before the vocabulary was read', () => {
    const index = new SearchIndex();
    for (const a of articles) index.add(a);

    index.remove(articles[0] as IndexedArticle);

    expect(countsOf(index)).toEqual(expectedCounts(articles.slice(1)));
  });

  it('counts an update made before the vocabulary was read as one made after', () => {
    const early = new SearchIndex();
    const late = new SearchIndex();
    for (const a of articles) {
      early.add(a);
      late.add(a);
    }
    expect(late.vocabulary.size).toBeGreaterThan(0);
    const changed = { ...articles[3], body: 'hail and sun' } as IndexedArticle;

    early.update(changed);
    late.update(changed);

    expect(countsOf(early)).toEqual(countsOf(late));
    expect(early.vocabulary.frequency('sun')).toBe(3);
  });

  it('saves the same vocabulary whether or not it was read before the save', async () => {
    const read = new SearchIndex();
    const unread = new SearchIndex();
    for (const a of articles) {
      read.add(a);
      unread.add(a);
    }
    expect(read.vocabulary.size).toBeGreaterThan(0);

    const [a, b] = await Promise.all([read.snapshot(), unread.snapshot()]);

    expect(b.vocabulary).toEqual(a.vocabulary);
    expect(b.vocabulary.terms.join('\n')).toContain('storm');
  });

  it('reopens a freshly rebuilt index with the same posting lists and vocabulary', async () => {
    const dir = newTempDir();
    const built = new SearchIndex();
    for (const a of articles) built.add(a);
    const lists = (index: SearchIndex): unknown[] =>
      [...expectedCounts(articles).keys()].flatMap((term) =>
        searchFields.map((field) => [
          field,
          term,
          index.postings(field, term)?.map((b) => Array.from(b ?? [])),
        ]),
      );
    const before = lists(built);

    await saveIndex(dir, built, 4);
    const loaded = await loadIndex(dir);

    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(lists(loaded.index)).toEqual(before);
    expect(lists(built)).toEqual(before);
    expect(countsOf(loaded.index)).toEqual(expectedCounts(articles));
  });
});
