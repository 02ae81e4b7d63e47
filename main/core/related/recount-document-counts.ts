import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../logger.ts';
import { countsInKeyOrder, type CountsInKeyOrder } from './counts-in-key-order.ts';
import {
  abandonRecount,
  addToNextCounts,
  keysAfter,
  recountCursor,
  recountDue,
  restartRecount,
  setRecountCursor,
  swapInNextCounts,
} from '../store/related-recount-repository.ts';

// The related-story document counts, recounted from every article's keys after open (a migration
// marks it due), in turns short enough that the UI never waits on it. Each turn reads a few articles
// after a cursor into counts kept in memory; when those grow large they are written, in key order,
// to related_df_next; when every article is read, that table replaces related_df. Imports, re-cleans,
// trash and restore during the recount stay counted: a change to an article the cursor has passed
// is kept in related_df_delta (related-repository.ts) and applied at the swap; one not yet passed is
// read as it is then.

/** The key the article count is kept under (related-repository.ts). */
const articlesKey = '#articles';
/** How long one turn may hold the thread, in ms (each turn does at least one step). */
const turnMs = 8;
/** Articles read between checks of the clock. */
const articlesPerRead = 25;
/** Counts written per write (one transaction each). */
const writeBatch = 5_000;
/** Distinct keys held in memory before they are written out (1.76M took ~450 MB of the process). */
const maxHeldKeys = 2_000_000;

/** A running recount. */
export interface DocumentCountRecount {
  /** Resolves true when the new counts are in place, false if stopped or failed first. */
  readonly finished: Promise<boolean>;
  /** Stops after the current turn (before the database closes); a later open starts it again. */
  readonly close: () => void;
}

/** Starts recounting the document counts in the background if a migration marked it due. */
export function startDocumentCountRecount(options: {
  db: DatabaseSync;
  logger: Logger;
  /** Schedules the next turn; setImmediate unless a test steps the turns. */
  schedule?: (turn: () => void) => void;
  /** Articles per read and ms per turn, smaller in tests so that changes land mid-recount. */
  slice?: { readonly articles: number; readonly ms: number };
}): DocumentCountRecount {
  const { db, logger } = options;
  const { articles: readBatch, ms: budgetMs } = options.slice ?? { articles: articlesPerRead, ms: turnMs };
  const schedule = options.schedule ?? ((turn: () => void) => void setImmediate(turn));
  let closed = false;
  let started = false;
  // Counts of the articles read, not yet written; `writing` hands them out in key order to write.
  let held = new Map<string, number>();
  let writing: CountsInKeyOrder | null = null;
  let settle: (done: boolean) => void = () => undefined;
  const finished = new Promise<boolean>((resolve) => (settle = resolve));

  const count = (key: string): void => {
    const seen = held.get(key);
    // A key split from a row's text keeps the whole text alive: a new one is held as a copy.
    if (seen === undefined) held.set(key.length < 13 ? key : Buffer.from(key).toString(), 1);
    else held.set(key, seen + 1);
  };

  const read = (deadline: number): boolean => {
    let cursor = recountCursor(db) ?? 0;
    do {
      const rows = keysAfter(db, cursor, readBatch);
      for (const row of rows) {
        count(articlesKey);
        if (row.all_keys !== '') for (const key of row.all_keys.split('\n')) count(key);
        cursor = row.article_id;
      }
      setRecountCursor(db, cursor);
      if (rows.length < readBatch) return true;
    } while (performance.now() < deadline && held.size < maxHeldKeys);
    return false;
  };

  const write = (deadline: number): void => {
    if (writing === null) {
      writing = countsInKeyOrder(held);
      held = new Map();
    }
    do {
      const batch = writing.next(writeBatch);
      if (batch.length > 0) addToNextCounts(db, batch);
    } while (!writing.done() && performance.now() < deadline);
    if (writing.done()) writing = null;
  };

  // One turn: read until the budget is spent or memory is full, then write; swap when all is read.
  const turn = (): void => {
    if (closed) {
      abandonRecount(db);
      settle(false);
      return;
    }
    try {
      // Another part of the library may hold a transaction across an await: its rows are not final.
      if (db.isTransaction) {
        schedule(turn);
        return;
      }
      if (!started) {
        if (!recountDue(db)) {
          settle(false);
          return;
        }
        restartRecount(db);
        started = true;
        logger.info('Recounting related-story document counts');
      }
      const deadline = performance.now() + budgetMs;
      const allRead = writing === null && read(deadline);
      if (writing !== null || held.size >= maxHeldKeys || allRead) write(deadline);
      // A read that found the end ran in this same turn, so no import can have come in between.
      if (allRead && writing === null && held.size === 0) {
        swapInNextCounts(db);
        logger.info('Related-story document counts recounted');
        settle(true);
        return;
      }
      schedule(turn);
    } catch (error) {
      // Not fatal: the counts stay as they were (slightly high) and the next open tries again.
      logger.error('Recounting related-story document counts failed', { error: String(error) });
      abandonRecount(db);
      settle(false);
    }
  };
  schedule(turn);

  return {
    finished,
    close: () => {
      closed = true;
    },
  };
}
