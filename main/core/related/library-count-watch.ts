import type { DatabaseSync } from 'node:sqlite';
import { anySignatureEndingWith } from '../store/related-repository.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { withStep } from './features-signature.ts';
import {
  isPastLastRefreshStep,
  lastRefreshStep,
  lastWatchedCount,
  movesTermWeight,
} from './library-scale.ts';

// Issue 6: past the last step of the library's size, a term whose document count crosses a step of
// its own is recorded and the articles keeping it are recomputed (library-scale.ts, pending-keys-pass.ts).
// A library trashed to just under that step watched nothing, yet kept the features it had computed at
// the step: those count as current there and again once the library grows back past it, so the words
// whose counts moved meanwhile (imports, re-cleans, the Trash) were left read with the old counts.
// A library therefore keeps watching while it may hold features computed at the last step: once it has
// been past it in this process, or when it holds such features at open (a scan of the features'
// signatures, only in a library under the step, so of fewer than 3,757 articles, read once).

/** The watch of one library's engine: past the last step, or while features computed there remain. */
export function libraryTermCountWatch(db: DatabaseSync): TermCountWatch {
  let reached: boolean | null = null;
  return {
    watches: (articles) => {
      if (isPastLastRefreshStep(articles)) reached = true;
      reached ??= anySignatureEndingWith(db, withStep('', lastRefreshStep));
      return reached;
    },
    moves: movesTermWeight,
    lastWatchedCount,
  };
}
