import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { openArticleSearch } from '../../../../main/core/search/article-search.ts';
import { indexed } from '../../../../main/core/search/load-cached-index.ts';
import { pairFiltersFromLibrary } from '../../../../main/core/search/pair-filters-from-library.ts';
import type { SavedPairs } from '../../../../main/core/search/pair-filters.ts';
import { indexFolder, manifestFileName } from '../../../../main/core/search/index-persistence.ts';
import {
  pairFiltersOnWorker,
  type PairFiltersOnWorker,
} from '../../../../main/core/search/pair-filters-on-worker.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { phrasePairHashes } from '../../../../main/core/search/term-pairs.ts';
import { indexableArticles } from '../../../../main/core/store/article-repository.ts';
import { insertPlainArticle, openTestDatabase } from '../../support/plain-article-db.ts';
import { useTempDir } from '../../support/temp-dir.ts';

// Issue 4: a rebuild makes its pair filters (a third of its work) on a worker while the main thread
// indexes the rest. They must be the filters the index would have made itself, and an article that
// changes while the worker reads must not keep a filter of its old text.

const newTempDir = useTempDir();
/** Few enough that the pair postings choose their common terms in a small library. */
const postingSample = 4;
const words = ['harbour', 'ferry', 'council', 'storm', 'bridge', 'night', 'in', 'to', 'the', 'river', 'crew'];

/** A library of `count` articles of made-up but varied text, with its database. */
function library(count: number): { dir: string; db: DatabaseSync; file: string } {
  const dir = newTempDir();
  const db = openTestDatabase(dir);
  for (let n = 1; n <= count; n += 1) {
    const text = Array.from({ length: 40 }, (_, i) => words[(n * 7 + i * i * 3 + i) % words.length]).join(
      ' ',
    );
    insertPlainArticle(db, n, { text, title: `Report ${n}`, wordCount: 40, addedAt: '2026-01-01T00:00:00Z' });
  }
  return { dir, db, file: join(dir, 'library.sqlite') };
}

/** The words of several chunks, one after the other. */
function joined(chunks: Uint32Array | readonly Uint32Array[]): number[] {
  return (chunks instanceof Uint32Array ? [chunks] : chunks).flatMap((chunk) => [...chunk]);
}

/** What an index adding each article itself saves of its pair filters. */
async function madeByIndex(db: DatabaseSync): Promise<{ filters: number[]; postings: number[] }> {
  const index = new SearchIndex({ pairPostingSample: postingSample });
  for (const article of indexableArticles(db)) index.add(indexed(article));
  const { pairs, pairPostings } = await index.snapshot();
  return { filters: joined(pairs), postings: [...pairPostings] };
}

describe('pair filters made apart from the index', () => {
  it('are the filters and pair postings an index makes adding each article', async () => {
    const { db } = library(12);

    const made = await pairFiltersFromLibrary(db, postingSample);

    const own = await madeByIndex(db);
    expect(own.postings.length).toBeGreaterThan(0);
    expect(joined(made.filters)).toEqual(own.filters);
    expect([...made.postings]).toEqual(own.postings);
    db.close();
  });

  it('are made on a worker thread and handed back whole', async () => {
    const { db, file } = library(12);

    const made = await pairFiltersOnWorker(file, postingSample).result;

    const own = await madeByIndex(db);
    expect(joined(made.filters)).toEqual(own.filters);
    expect([...made.postings]).toEqual(own.postings);
    db.close();
  });

  it('fail with a clear message when the worker cannot start', async () => {
    const { db, file } = library(1);

    const missing = new URL('./no-such-worker.ts', import.meta.url);

    await expect(pairFiltersOnWorker(file, postingSample, missing).result).rejects.toThrow(
      /pair-filter worker/,
    );
    db.close();
  });

  it('reach a rebuilt index from its worker: a phrase its text lacks is ruled out unread', async () => {
    const { dir, db } = library(12);

    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      pairWorker: { fromArticles: 0 },
    });
    await search.complete;

    // Article 1 holds "crew bridge" but never "harbour bridge": only a filter can say so unread.
    const text = [...indexableArticles(db, 0)][0]?.text ?? '';
    expect(text).toMatch(/crew bridge.*harbour/);
    expect(text).not.toContain('harbour bridge');
    expect(search.index.mayHoldPairs(1, phrasePairHashes('crew bridge'))).toBe(true);
    expect(search.index.mayHoldPairs(1, phrasePairHashes('harbour bridge'))).toBe(false);
    await search.close();
    db.close();
  });

  it('are made with each article, no worker started, in a library smaller than the worker is worth', async () => {
    const { dir, db } = library(12);
    let started = 0;
    const start = (file: string, sample: number): PairFiltersOnWorker => {
      started += 1;
      return pairFiltersOnWorker(file, sample);
    };

    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      pairWorker: { fromArticles: 13, start },
    });
    await search.complete;

    expect(started).toBe(0);
    expect(search.index.mayHoldPairs(1, phrasePairHashes('harbour bridge'))).toBe(false);
    await search.close();
    db.close();
  });

  it('are made on the main thread instead when the worker fails', async () => {
    const { dir, db } = library(12);
    const failing = (): PairFiltersOnWorker => {
      const result = Promise.reject(new Error('the pair-filter worker stopped (exit 1)'));
      // Awaited once the rebuild is done, as the real one's is.
      result.catch(() => undefined);
      return { result, stop: () => undefined };
    };

    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      pairWorker: { fromArticles: 0, start: failing },
    });
    await search.complete;

    expect(search.index.mayHoldPairs(1, phrasePairHashes('crew bridge'))).toBe(true);
    expect(search.index.mayHoldPairs(1, phrasePairHashes('harbour bridge'))).toBe(false);
    await search.close();
    db.close();
  });

  it('leave nothing saved when the library closes before they are in, so the next open rebuilds', async () => {
    const { dir, db } = library(12);
    let stopped = false;
    // Still making them at close; stopped, it fails as a terminated worker does.
    const start = (): PairFiltersOnWorker => {
      let fail: (error: Error) => void = () => undefined;
      const result = new Promise<SavedPairs>((_, reject) => {
        fail = reject;
      });
      result.catch(() => undefined);
      return {
        result,
        stop: () => {
          stopped = true;
          fail(new Error('the pair-filter worker stopped (exit 1)'));
        },
      };
    };
    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      pairWorker: { fromArticles: 0, start },
    });
    expect(search.state()).toEqual({ kind: 'ready' });

    await search.close();

    expect(stopped).toBe(true);
    expect(existsSync(join(dir, indexFolder, manifestFileName))).toBe(false);
    const reopened = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      pairWorker: { fromArticles: 0 },
    });
    expect(reopened.source).toBe('rebuilt');
    await reopened.search.complete;
    await reopened.search.close();
    expect(existsSync(join(dir, indexFolder, manifestFileName))).toBe(true);
    db.close();
  });

  it('are taken from the worker when an article has no term at all (the index holds it too)', async () => {
    const { dir, db } = library(12);
    insertPlainArticle(db, 13, { text: '', title: '', wordCount: 0, addedAt: '2026-01-01T00:00:00Z' });
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };

    const { search } = await openArticleSearch({ dir, db, logger, pairWorker: { fromArticles: 0 } });
    await search.complete;

    // Refused, they would have been made again on the main thread, with a warning.
    expect(warnings).toEqual([]);
    expect(search.index.mayHoldPairs(1, phrasePairHashes('harbour bridge'))).toBe(false);
    await search.close();
    db.close();
  });

  it('do not keep a filter of the old text for an article changed while they were made', async () => {
    const { dir, db } = library(5);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Made from the texts as they are now (the worker has read them), handed over only once let go.
    const start = (file: string, sample: number): PairFiltersOnWorker => {
      const reader = new DatabaseSync(file, { readOnly: true });
      const made = pairFiltersFromLibrary(reader, sample).finally(() => {
        reader.close();
      });
      return { result: gate.then(() => made), stop: () => undefined };
    };
    const { search } = await openArticleSearch({
      dir,
      db,
      logger: silentLogger,
      rebuild: { pageSize: 1, sliceMs: 0, progressMs: 0, waitUpTo: 0 },
      pairWorker: { fromArticles: 0, start },
    });

    // Re-cleaned past the rebuild's cursor: the rebuild reads the new text, the worker had the old.
    db.prepare('UPDATE articles SET text = ? WHERE id = 5').run('a zebra quagga crossing at dawn');
    const changed = [...indexableArticles(db, 4)][0];
    if (changed === undefined) throw new Error('article 5 is missing');
    search.update(changed);
    release();
    await search.complete;

    expect(search.search('"zebra quagga"', 10).hits.map((hit) => hit.article.id)).toEqual([5]);
    await search.close();
    db.close();
  });
});
