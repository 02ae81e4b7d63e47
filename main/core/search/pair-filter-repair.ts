import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../logger.ts';
import { startIndexRebuild, type IndexRebuild } from './index-rebuild.ts';
import { indexed } from './load-cached-index.ts';
import type { SearchIndex } from './search-index.ts';

/** A repair of the pair filters under way (or not needed): when it ends, and how to stop it. */
export interface PairFilterRepair {
  /** Settles once the saved filters are in, or were made again, or the repair stopped or failed. */
  readonly done: Promise<void>;
  /** Stops a repair before its next slice (the saved index then keeps what it had). */
  readonly cancel: () => void;
}

/**
 * Pair filters that could not be taken (saved ones unreadable or damaged, or a rebuild's worker that
 * failed) are made again from the library's
 * texts, in slices between events as a rebuild is (~20 s of work at 100k articles). Phrase answers
 * stay right meanwhile, only slower: an article without a filter has its text read.
 */
export function repairPairFilters(options: {
  readonly arrived: Promise<string | null>;
  readonly db: DatabaseSync;
  readonly index: SearchIndex;
  readonly logger: Logger;
  /** Called once every article has its filter again: the index should be saved. */
  readonly onRepaired: () => void;
}): PairFilterRepair {
  const { db, index, logger } = options;
  let cancelled = false;
  let repair: IndexRebuild | null = null;
  const done = options.arrived
    .then(async (problem) => {
      if (problem === null || cancelled || !db.isOpen) return;
      logger.warn('Search pair filters could not be taken; making them again from the library', {
        detail: problem,
      });
      repair = startIndexRebuild({
        db,
        add: (article) => {
          index.refreshPairs(indexed(article));
        },
      });
      if ((await repair.finished) === 'done') options.onRepaired();
    })
    .catch((error: unknown) => {
      logger.warn('Could not make the search pair filters again', { error: String(error) });
    });
  return {
    done,
    cancel: () => {
      cancelled = true;
      repair?.cancel();
    },
  };
}
