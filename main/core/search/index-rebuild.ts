import type { DatabaseSync } from 'node:sqlite';
import type { SearchIndexProgress } from '../../shared/types.ts';
import { countArticles, indexableArticlePage, type IndexableArticle } from '../store/article-repository.ts';

/** A rebuild of the search index from the database, done in slices between events. */
export interface IndexRebuild {
  /**
   * The highest article id read so far (every id once all are read). A change to an article at or
   * below it must be applied to the index by the caller; an article above it is read by the rebuild.
   */
  readonly cursor: () => number;
  /** Articles added so far, of how many the library holds. */
  readonly progress: () => SearchIndexProgress;
  /** Settles with 'done' once every article is in, 'cancelled' after `cancel`; rejects when a row cannot be read. */
  readonly finished: Promise<'done' | 'cancelled'>;
  /** Stops before the next slice. */
  readonly cancel: () => void;
  /** An article past the cursor was added (+1) or removed (-1): the rebuild has that many more or fewer to read. */
  readonly adjustTotal: (change: 1 | -1) => void;
}

/** What a rebuild needs: where to read, where to add, how often to say how far it got. */
export interface RebuildOptions {
  readonly db: DatabaseSync;
  readonly add: (article: IndexableArticle) => void;
  /** Once every article is read: the index's own last step, in slices (awaiting `pause` between them). */
  readonly finish?: (pause: () => Promise<void>) => Promise<void>;
  /** Called at most every `progressMs` while running. */
  readonly onProgress?: (progress: SearchIndexProgress) => void;
  /** The longest one slice adds articles before letting events in (default 16 ms). */
  readonly sliceMs?: number;
  /** Articles read per query (default 16; tests use 1 to see the rebuild in flight). */
  readonly pageSize?: number;
  readonly progressMs?: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Starts rebuilding. The first slice runs before this returns, so a database that cannot be read at
 * all fails the open as before; the rest runs between events (at 100k articles a rebuild is ~2 min
 * of work that must not freeze the app).
 */
export function startIndexRebuild(options: RebuildOptions): IndexRebuild {
  const { db, add } = options;
  const sliceMs = options.sliceMs ?? 16;
  const pageSize = options.pageSize ?? 16;
  const progressMs = options.progressMs ?? 250;
  let cursor = 0;
  let done = 0;
  let total = countArticles(db);
  let cancelled = false;
  let reading = true;
  let reportedAt = performance.now();

  /** Adds articles until the slice's time is up; returns whether every article is in. */
  const slice = (): boolean => {
    const started = performance.now();
    do {
      const page = indexableArticlePage(db, cursor, pageSize);
      if (page.length === 0) return true;
      for (const article of page) {
        add(article);
        cursor = article.id;
        done += 1;
      }
    } while (performance.now() - started < sliceMs);
    return false;
  };
  const progress = (): SearchIndexProgress => ({ done, total: Math.max(done, total) });

  const complete = slice();
  const run = async (): Promise<'done' | 'cancelled'> => {
    let finished = complete;
    while (!finished) {
      await nextTurn();
      if (cancelled) return 'cancelled';
      finished = slice();
      if (!finished && performance.now() - reportedAt >= progressMs) {
        reportedAt = performance.now();
        options.onProgress?.(progress());
      }
    }
    total = done;
    // From here on the rebuild reads nothing: every change goes to the index.
    reading = false;
    await options.finish?.(nextTurn);
    return cancelled ? 'cancelled' : 'done';
  };
  return {
    cursor: () => (reading ? cursor : Number.MAX_SAFE_INTEGER),
    progress,
    finished: run(),
    cancel: () => {
      cancelled = true;
    },
    adjustTotal: (change) => {
      total += change;
    },
  };
}
