import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../main/core/search/article-search.ts';
import { IndexChangedDuringSave } from '../../../../main/core/search/index-snapshot.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { type IndexedArticle } from '../../../../main/core/search/search-fields.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const newTempDir = useTempDir();

function article(id: number, title: string, body: string): IndexedArticle {
  return { id, title, byline: '', siteName: '', body };
}

function ids(index: SearchIndex, term: string): number[] {
  return index.lookup('body', term).map(Number).sort();
}

describe('incremental index updates', () => {
  it('removes one article from the lookups, the count and the vocabulary without a rebuild', () => {
    const index = new SearchIndex();
    index.add(article(1, 'Orchids', 'rare orchids bloom'));
    index.add(article(2, 'Beetles', 'beetles among orchids'));

    index.remove(article(2, 'Beetles', 'beetles among orchids'));

    expect(ids(index, 'orchids')).toEqual([1]);
    expect(ids(index, 'beetles')).toEqual([]);
    expect(index.size).toBe(1);
    expect(index.vocabulary.expand('bee')).toEqual([]);
    expect(index.vocabulary.frequency('orchids')).toBe(1);
  });

  it('ignores the removal of an article it never indexed', () => {
    const index = new SearchIndex();
    index.add(article(1, 'Orchids', 'rare orchids'));

    index.remove(article(7, 'Orchids', 'rare orchids'));

    expect(index.size).toBe(1);
    expect(index.vocabulary.frequency('orchids')).toBe(1);
  });

  it('makes an addition during a save searchable at once, and drops that save as spoilt', async () => {
    const index = new SearchIndex();
    index.add(article(1, 'Orchids', 'rare orchids'));

    const packing = index.snapshot();
    index.add(article(2, 'Beetles', 'beetles and orchids'));
    expect(ids(index, 'beetles')).toEqual([2]);

    await expect(packing).rejects.toBeInstanceOf(IndexChangedDuringSave);
    const { postings, vocabulary } = await index.snapshot();
    const restored = new SearchIndex();
    restored.restore(postings, vocabulary, 2);
    expect(ids(restored, 'beetles')).toEqual([2]);
  });

  it('updates and removes articles in a restored index, whose posting lists are decoded lazily', async () => {
    const index = new SearchIndex();
    index.add(article(1, 'Orchids', 'rare orchids bloom'));
    index.add(article(2, 'Beetles', 'beetles among orchids'));
    index.add(article(3, 'Moths', 'moths among orchids'));
    const { postings, vocabulary } = await index.snapshot();
    const restored = new SearchIndex();
    restored.restore(postings, vocabulary, 3);

    restored.update(article(2, 'Beetles', 'beetles only'));
    restored.remove(article(3, 'Moths', 'moths among orchids'));

    expect(ids(restored, 'orchids')).toEqual([1]);
    expect(ids(restored, 'among')).toEqual([]);
    expect(ids(restored, 'only')).toEqual([2]);
    expect(ids(restored, 'beetles')).toEqual([2]);
    expect(restored.lookup('title', 'moths')).toEqual([]);
    expect(restored.size).toBe(2);
    const again = new SearchIndex();
    const resaved = await restored.snapshot();
    again.restore(resaved.postings, resaved.vocabulary, 2);
    expect(ids(again, 'orchids')).toEqual([1]);
    expect(ids(again, 'only')).toEqual([2]);
    expect(ids(again, 'moths')).toEqual([]);
  });

  it('saves each term once when a query decodes it while a snapshot is packed', async () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 300; id += 1) index.add(article(id, `T${id}`, `common word${id}`));
    const first = await index.snapshot();
    const restored = new SearchIndex();
    restored.restore(first.postings, first.vocabulary, 300);

    const packing = restored.snapshot();
    expect(ids(restored, 'common')).toHaveLength(300);
    const { postings } = await packing;

    const body = postings.fields.find((f) => f.field === 'body');
    const terms = body?.terms ?? [];
    expect(terms.filter((t) => t === 'common')).toHaveLength(1);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('reopens a library after ArticleSearch.remove from the saved index, not a rebuild', async () => {
    const dir = newTempDir();
    const db = openTestDatabase(dir);
    for (const [i, title] of ['Orchids of Borneo', 'Beetles of Borneo'].entries()) {
      const text = `${title} text`;
      insertPlainArticle(db, i, { text, title, wordCount: 3, addedAt: '2026-01-01T00:00:00Z' });
    }
    const first = await openArticleSearch({ dir, db, logger: silentLogger });
    first.search.remove(2);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    await first.search.close();

    const second = await openArticleSearch({ dir, db, logger: silentLogger });

    expect(second.source).toBe('loaded');
    expect(second.search.search('borneo', 10).hits.map((h) => h.article.id)).toEqual([1]);
    expect(second.search.search('beetles', 10).total).toBe(0);
    db.close();
  });

  it('finds an added or changed article by a prefix typed before, whose lookup was kept', async () => {
    const dir = newTempDir();
    const db = openTestDatabase(dir);
    // Enough articles that the prefix's postings outnumber the words of its bit set: its bits are kept.
    for (let i = 1; i <= 60; i += 1)
      insertPlainArticle(db, i, {
        text: `storm ${i}`,
        title: `Report ${i}`,
        wordCount: 2,
        addedAt: '2026-01-01T00:00:00Z',
      });
    const { search } = await openArticleSearch({ dir, db, logger: silentLogger });
    expect(search.search('st', 10).total).toBe(60);
    expect(search.search('st', 10).total).toBe(60);

    const added = insertPlainArticle(db, 61, {
      text: 'stone',
      title: 'Quarry',
      wordCount: 1,
      addedAt: '2026-01-02T00:00:00Z',
    });
    search.add({ id: added, title: 'Quarry', byline: '', siteName: '', text: 'stone' });
    expect(search.search('st', 10).total).toBe(61);
    expect(search.search('st', 10).hits[0]?.article.id).toBe(added);

    search.update({ id: added, title: 'Quarry', byline: '', siteName: '', text: 'gravel' });
    expect(search.search('st', 10).total).toBe(60);
    await search.close();
    db.close();
  });
});
