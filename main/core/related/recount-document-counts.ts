import { runInTurns, type BackgroundTurns, type BackgroundWorkOptions } from '../background-turns.ts';
import {
  abandonRecount,
  countArticlesAfter,
  moveHeldCounts,
  recountCursor,
  recountDue,
  restartRecount,
  setRecountCursor,
  swapInNextCounts,
} from '../store/related-recount-repository.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { termCountWatch } from './library-scale.ts';

// The related-story document counts, recounted from every article's keys after open (a migration
// marks it due), in turns short enough that the UI never waits on it. Each turn counts a few articles
// after a cursor into a temporary table of this connection; when every article is read, those counts
// are moved in key order to related_df_next, which then replaces related_df. Imports, re-cleans,
// trash and restore during the recount stay counted: a change to an article the cursor has passed
// (every article, once all are read) is kept in related_df_delta (related-repository.ts) and applied
// at the swap; one not yet passed is read as it is then.

/** How long one turn may hold the thread, in ms (each turn does at least one step). */
const turnMs = 8;
/** Articles counted per statement (~300 keys each: a few ms). */
const articlesPerRead = 10;
/** Counts moved per statement. */
const moveBatch = 5_000;

/** A running recount: `finished` is true when the new counts are in place. */
export type DocumentCountRecount = BackgroundTurns;

/**
 * Starts recounting the document counts in the background if a migration marked it due; `countWatch`:
 * which term count changes the swap records (the engine's, related-api.ts).
 */
export function startDocumentCountRecount(
  options: BackgroundWorkOptions & { readonly countWatch?: TermCountWatch },
): DocumentCountRecount {
  const { db, logger } = options;
  const { articles: readBatch, ms: budgetMs } = options.slice ?? { articles: articlesPerRead, ms: turnMs };
  let started = false;
  // Null while reading; then the last key moved to related_df_next ('' before the first).
  let movedUpTo: string | null = null;

  /** Reads until the budget is spent; true when every article has been read. */
  const read = (deadline: number): boolean => {
    let cursor = recountCursor(db) ?? 0;
    do {
      const last = countArticlesAfter(db, cursor, readBatch);
      if (last === null) {
        // From now on every article counts as read: a change to any of them is kept for the swap.
        setRecountCursor(db, Number.MAX_SAFE_INTEGER);
        return true;
      }
      cursor = last;
      setRecountCursor(db, cursor);
    } while (performance.now() < deadline);
    return false;
  };

  /** Moves counts until the budget is spent; true when all are moved. */
  const move = (deadline: number): boolean => {
    do {
      const last = moveHeldCounts(db, movedUpTo === '' ? null : movedUpTo, moveBatch);
      if (last === null) return true;
      movedUpTo = last;
    } while (performance.now() < deadline);
    return false;
  };

  // One turn: read until the budget is spent; once all is read, move the counts; swap when all are moved.
  const turn = (): boolean | null => {
    if (!started) {
      if (!recountDue(db)) return false;
      restartRecount(db);
      started = true;
      logger.info('Recounting related-story document counts');
    }
    const deadline = performance.now() + budgetMs;
    // Moving starts the turn after the last read, so each turn does at least one step of one kind.
    const reading = movedUpTo === null;
    if (reading && read(deadline)) movedUpTo = '';
    if (reading || !move(deadline)) return null;
    swapInNextCounts(db, options.countWatch ?? termCountWatch);
    logger.info('Related-story document counts recounted');
    return true;
  };
  return runInTurns({
    db,
    schedule: options.schedule,
    turn,
    // Not fatal: the counts stay as they were (slightly high) and the next open tries again.
    failed: (error) => {
      logger.error('Recounting related-story document counts failed', { error: String(error) });
    },
    abandon: () => {
      abandonRecount(db);
    },
  });
}
