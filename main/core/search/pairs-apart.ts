import type { DatabaseSync } from 'node:sqlite';
import { countArticles } from '../store/article-repository.ts';
import type { Logger } from '../logger.ts';
import type { IndexRebuild } from './index-rebuild.ts';
import { repairPairFilters, type PairFilterRepair } from './pair-filter-repair.ts';
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
 * with null once they are in, or why not. A rebuild that stopped or failed takes none: the index is
 * not used.
 */
function receiveApart(
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

/**
 * The pair filters an open waits for: saved ones being read (`saved`), or a rebuild's from its worker;
 * those that cannot be taken are made again from the texts (pair-filter-repair.ts). `whole` says
 * whether every article has its filter: only then may a rebuilt index be saved.
 */
export function awaitPairFilters(options: {
  readonly saved: Promise<string | null> | null;
  readonly apart: PairFiltersOnWorker | null;
  readonly rebuild: IndexRebuild | null;
  readonly db: DatabaseSync;
  readonly index: SearchIndex;
  readonly logger: Logger;
  /** Called once every article has its filter again after a repair: the index should be saved. */
  readonly onRepaired: () => void;
}): PairFilterRepair & { readonly whole: () => boolean } {
  const { apart, rebuild, index } = options;
  let whole = apart === null;
  const fromWorker =
    apart === null || rebuild === null
      ? Promise.resolve(null)
      : receiveApart(index, apart, rebuild).then((problem) => {
          whole ||= problem === null;
          return problem;
        });
  const repair = repairPairFilters({
    arrived: options.saved ?? fromWorker,
    db: options.db,
    index,
    logger: options.logger,
    onRepaired: () => {
      whole = true;
      options.onRepaired();
    },
  });
  return { ...repair, whole: () => whole };
}
