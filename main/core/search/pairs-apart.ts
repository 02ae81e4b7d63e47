import type { DatabaseSync } from 'node:sqlite';
import { countArticles } from '../store/article-repository.ts';
import type { IndexRebuild } from './index-rebuild.ts';
import { defaultIndexOptions, type SearchIndexOptions } from './index-options.ts';
import { pairFiltersOnWorker, type PairFiltersOnWorker } from './pair-filters-on-worker.ts';
import type { SearchIndex } from './search-index.ts';

/** How a rebuild makes its pair filters apart from the main thread. */
export interface PairWorkerSettings {
  /** The worker's script; Electron passes its bundled pair-filter-worker.js. */
  readonly workerUrl?: URL;
  /** From how many articles a rebuild uses the worker (default `defaultFromArticles`; tests use 0). */
  readonly fromArticles?: number;
  /** Starts the making (default: on the worker); tests pass one that reads the texts as they are when called. */
  readonly start?: (file: string, postingSample: number) => PairFiltersOnWorker;
}

/**
 * Below this many articles a rebuild makes its pair filters itself: starting a worker (~0.1 s) is
 * then more than the filters cost (~0.3 ms an article).
 */
export const defaultFromArticles = 2000;

/**
 * The pair filters of a rebuild, made on another thread while the main thread indexes the rest (they
 * are a third of a rebuild's work), or null when they are made with each article: an index without
 * pair filters, an in-memory database, or a small library.
 */
export function pairsApart(
  db: DatabaseSync,
  indexOptions: SearchIndexOptions = {},
  settings: PairWorkerSettings = {},
): PairFiltersOnWorker | null {
  const { pairFilters, pairPostingSample } = { ...defaultIndexOptions, ...indexOptions };
  const file = db.location();
  if (!pairFilters || file === null) return null;
  if (countArticles(db) < (settings.fromArticles ?? defaultFromArticles)) return null;
  const start = settings.start ?? ((at, sample) => pairFiltersOnWorker(at, sample, settings.workerUrl));
  return start(file, pairPostingSample);
}

/**
 * Hands the worker's filters to the index once the rebuild is done too (every article they name is
 * then indexed); articles changed meanwhile keep their own (see `SearchIndex.pairsChanged`). Settles
 * with null once they are in, or why not (the filters are then made again on this thread). A rebuild
 * that stopped or failed takes none: the index is not used.
 */
export function receiveApart(
  index: SearchIndex,
  apart: PairFiltersOnWorker,
  rebuild: IndexRebuild,
): Promise<string | null> {
  const none = { filters: [], postings: new Uint32Array(0) };
  const made = rebuild.finished.then(
    (outcome) => (outcome === 'done' ? apart.result : (apart.stop(), none)),
    () => (apart.stop(), none),
  );
  return index.receivePairs(made);
}
