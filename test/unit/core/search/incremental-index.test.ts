import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEANER_VERSION } from '../../../../main/core/clean/cleaned-page.ts';
import { silentLogger } from '../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../main/core/search/article-search.ts';
import { SearchIndex, type IndexedArticle } from '../../../../main/core/search/search-index.ts';
import { insertArticle } from '../../../../main/core/store/article-repository.ts';
import { openDatabase } from '../../../../main/core/store/database.ts';
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

  it('holds back an addition made while a chunked export runs, so the snapshot stays whole', async () => {
    const index = new SearchIndex();
    index.add(article(1, 'Orchids', 'rare orchids'));

    const exporting = index.exportInChunks();
    index.add(article(2, 'Beetles', 'beetles and orchids'));
    expect(ids(index, 'beetles')).toEqual([]);
    const { entries, vocabulary } = await exporting;

    expect(ids(index, 'beetles')).toEqual([2]);
    const restored = new SearchIndex();
    restored.import(entries, vocabulary, 1);
    expect(ids(restored, 'orchids')).toEqual([1]);
    expect(restored.vocabulary.frequency('beetles')).toBe(0);
  });

  it('reopens a library after ArticleSearch.remove from the saved index, not a rebuild', async () => {
    const dir = newTempDir();
    const opened = openDatabase(join(dir, 'library.sqlite'));
    if (!opened.ok) throw new Error(opened.error.message);
    const { db } = opened.value;
    for (const [i, title] of ['Orchids of Borneo', 'Beetles of Borneo'].entries()) {
      insertArticle(
        db,
        {
          status: 'ok',
          title,
          byline: null,
          siteName: null,
          publishedTime: null,
          url: null,
          lang: 'en',
          excerpt: null,
          wordCount: 3,
          html: '',
          text: `${title} text`,
          capturedAt: null,
          charset: 'utf-8',
          removed: [],
          cleanerVersion: CLEANER_VERSION,
        },
        {
          sha256: `sha-${i}`,
          size: 1,
          storedPath: `originals/${i}`,
          fileName: `${i}.html`,
          filePath: `/${i}.html`,
          modifiedAt: null,
          addedAt: '2026-01-01T00:00:00Z',
        },
      );
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
});
