import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../main/core/search/article-search.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { indexFolder, manifestFileName } from '../../../../main/core/search/index-persistence.ts';
import { getText } from '../../../../main/core/store/article-repository.ts';
import type { SearchIndexState } from '../../../../main/shared/types.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { useTempDir } from '../../support/temp-dir.ts';

// Issue 4: at 100,000 articles a rebuild is ~2 minutes of work; the library opens at once and
// search says how far the rebuild got. Pages of one article and no time per slice let a test see
// a rebuild of five articles in flight.

const newTempDir = useTempDir();
const oneAtATime = { pageSize: 1, sliceMs: 0, progressMs: 0, waitUpTo: 0 };

function addStory(db: DatabaseSync, n: number, text: string): void {
  insertPlainArticle(db, n, { text, title: `Story ${n}`, wordCount: 3, addedAt: '2026-01-01T00:00:00Z' });
}

/** A library of five articles with no saved index, and its database. */
function unindexedLibrary(): { dir: string; db: DatabaseSync } {
  const dir = newTempDir();
  const db = openTestDatabase(dir);
  for (let n = 1; n <= 5; n += 1) addStory(db, n, `harbour report number ${n}`);
  return { dir, db };
}

const ids = (results: { hits: readonly { article: { id: number } }[] }): number[] =>
  results.hits.map((hit) => hit.article.id).sort((a, b) => a - b);

describe('a search index rebuilt in the background', () => {
  it('opens a small library ready, however few articles the first slice gets through', async () => {
    const { dir, db } = unindexedLibrary();

    // Slices of one article: a machine so busy that the first slice indexes a single article.
    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      rebuild: { pageSize: 1, sliceMs: 0, progressMs: 0 },
    });

    expect(search.state()).toEqual({ kind: 'ready' });
    expect(ids(search.search('harbour', 10))).toEqual([1, 2, 3, 4, 5]);
    await search.close();
    db.close();
  });

  it('opens before the rebuild ends and answers with its progress instead of hits', async () => {
    const { dir, db } = unindexedLibrary();

    const { search, source } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      rebuild: oneAtATime,
    });

    expect(source).toBe('rebuilt');
    expect(search.state()).toEqual({ kind: 'rebuilding', progress: { done: 1, total: 5 } });
    const during = search.search('harbour', 10);
    expect(during.hits).toEqual([]);
    expect(during.indexing).toEqual({ done: 1, total: 5 });
    expect(search.count('harbour')).toBeNull();

    await search.ready;

    expect(search.state()).toEqual({ kind: 'ready' });
    expect(ids(search.search('harbour', 10))).toEqual([1, 2, 3, 4, 5]);
    expect(search.count('harbour')).toBe(5);
    await search.close();
    db.close();
  });

  it('reports its progress, then that it is ready', async () => {
    const { dir, db } = unindexedLibrary();
    const states: SearchIndexState[] = [];

    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      rebuild: oneAtATime,
      onStateChange: (state) => states.push(state),
    });
    await search.ready;

    const done = states.map((s) => (s.kind === 'rebuilding' ? s.progress.done : s.kind));
    expect(done).toEqual([2, 3, 4, 5, 'ready']);
    await search.close();
    db.close();
  });

  it('keeps changes made while it runs: to articles it has read, and to those it has not', async () => {
    const { dir, db } = unindexedLibrary();
    const { search } = await openArticleSearch({ dir, db, logger: silentLogger, rebuild: oneAtATime });
    // Article 1 is in the index; 4, 5 and the new 6 are not read yet.
    db.prepare("UPDATE articles SET text = 'lighthouse keeper' WHERE id = 1").run();
    search.update({ id: 1 as never, title: 'Story 1', byline: '', siteName: '', text: 'lighthouse keeper' });
    search.remove(5);
    db.prepare('DELETE FROM articles WHERE id = 5').run();
    addStory(db, 6, 'harbour lighthouse');
    search.add({ id: 6 as never, title: 'Story 6', byline: '', siteName: '', text: getText(db, 6) ?? '' });
    expect(search.state()).toEqual({ kind: 'rebuilding', progress: { done: 1, total: 5 } });

    await search.ready;

    expect(ids(search.search('lighthouse', 10))).toEqual([1, 6]);
    expect(ids(search.search('harbour', 10))).toEqual([2, 3, 4, 6]);
    expect(search.index.size).toBe(5);
    await search.close();
    db.close();
  });

  it('saves nothing when closed half-way, so the next open rebuilds the whole library', async () => {
    const { dir, db } = unindexedLibrary();
    const first = await openArticleSearch({ dir, db, logger: silentLogger, rebuild: oneAtATime });

    await first.search.close();

    expect(existsSync(join(dir, indexFolder, manifestFileName))).toBe(false);
    const second = await openArticleSearch({ dir, db, logger: silentLogger });
    expect(second.source).toBe('rebuilt');
    expect(ids(second.search.search('harbour', 10))).toEqual([1, 2, 3, 4, 5]);
    await second.search.close();
    expect(existsSync(join(dir, indexFolder, manifestFileName))).toBe(true);
    db.close();
  });

  it('says why search is unavailable when the rebuild cannot read the library', async () => {
    const { dir, db } = unindexedLibrary();
    const { search } = await openArticleSearch({ dir, db, logger: silentLogger, rebuild: oneAtATime });

    db.close();
    await search.ready;

    expect(search.state().kind).toBe('failed');
    const answer = search.search('harbour', 10);
    expect(answer.hits).toEqual([]);
    expect(answer.problems[0]?.message).toMatch(
      /^Search is unavailable: the search index could not be rebuilt/,
    );
    expect(answer.problems[0]?.message).toContain('dossier check');
  });
});

describe('the last step of a rebuild', () => {
  it('packs the lists between events, and an article added meanwhile is found with the rest', async () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 3_000; id += 1) {
      index.add({
        id,
        title: `Report ${id}`,
        byline: '',
        siteName: '',
        body: `harbour word${id % 500} tide`,
      });
    }
    let pauses = 0;

    await index.finishBuild(() => {
      pauses += 1;
      if (pauses === 1)
        index.add({ id: 3_001, title: 'Late', byline: '', siteName: '', body: 'harbour lighthouse' });
      return new Promise((resolve) => setImmediate(resolve));
    });

    expect(pauses).toBeGreaterThan(0);
    expect(index.postings('body', 'harbour')?.[0]?.length).toBe(3_001);
    expect(Array.from(index.postings('body', 'lighthouse')?.[0] ?? [])).toEqual([3_001]);
    expect(index.vocabulary.frequency('harbour')).toBe(3_001);
    expect(index.vocabulary.frequency('word7')).toBe(6);
  });
});

describe('an article without a single term', () => {
  it('is held by a saved index, so the next open loads it instead of rebuilding, and can be removed', async () => {
    const dir = newTempDir();
    const db = openTestDatabase(dir);
    for (let n = 1; n <= 4; n += 1) addStory(db, n, `harbour report number ${n}`);
    insertPlainArticle(db, 5, { text: '', title: '', wordCount: 0, addedAt: '2026-01-01T00:00:00Z' });
    const first = await openArticleSearch({ dir, db, logger: silentLogger });
    await first.search.close();

    const again = await openArticleSearch({ dir, db, logger: silentLogger });

    expect(again.source).toBe('loaded');
    expect(again.search.index.size).toBe(5);
    again.search.remove(5);
    expect(again.search.index.size).toBe(4);
    expect(ids(again.search.search('harbour', 10))).toEqual([1, 2, 3, 4]);
    await again.search.close();
    db.close();
  });
});
