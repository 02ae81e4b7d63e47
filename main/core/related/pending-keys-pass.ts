import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../store/database.ts';
import {
  articlesKeeping,
  forgetPendingKey,
  pendingKeys,
  type PendingKey,
} from '../store/related-pending-keys.ts';
import { staleFeatures, storeFeatures, type ComputedFeatures } from './article-features.ts';
import { featuresPerCommit } from './feature-writes.ts';

// Issue 6, past the last step of the library's size: the term keys whose document count has crossed a
// step (library-scale.ts, `movesTermWeight`; recorded as counts change, related-repository.ts) have
// the articles keeping them recomputed with today's counts, each article once a pass however many of
// its keys wait. A pass takes the keys waiting when it starts (one marked later waits for the next
// pass, since an article recomputed earlier in this one read its count from before), and forgets each
// in the same commit as the features of its last articles: a library closed mid-way has lost nothing
// (the keys left are read again at the next open), and a key that crossed another step meanwhile is
// kept (its count differs from the one read). Each turn ends with a commit, so that no features
// computed in one turn are written over an import's in a later one. An article whose features an
// import has computed and not yet written (feature-writes.ts) is left to that write, which would
// otherwise write over this pass's: its key waits, and the pass writes the import's features when it
// ends, so that the next pass finds the article stored (rather than passes spinning until the write).

/** The turn of one pass over the keys waiting: true once every key read at its start is done, else null. */
export function pendingKeysPass(options: {
  readonly db: DatabaseSync;
  /** Whether an import's features for an article wait to be written (feature-writes.ts). */
  readonly isQueued: (id: number) => boolean;
  /** Writes the imports' features waiting (at the end of a pass that left an article to them). */
  readonly flushQueued: () => void;
  /** How long one turn may hold the thread (each turn recomputes at least one article). */
  readonly turnMs: number;
}): () => true | null {
  const { db } = options;
  const keys = pendingKeys(db);
  let index = 0;
  /** The articles of `keys[index]` left to recompute (null until its turn comes). */
  let left: number[] | null = null;
  /** Whether an article of `keys[index]` was left to an import's write (the key then waits). */
  let leftToImport = false;
  let anyLeftToImport = false;
  const done = new Set<number>();
  let group: ComputedFeatures[] = [];
  let finished: PendingKey[] = [];

  const commit = (): void => {
    if (group.length === 0 && finished.length === 0) return;
    const features = group;
    const keysDone = finished;
    group = [];
    finished = [];
    // One transaction: a failure (a full disk) writes neither, and the keys wait for the next open.
    inTransaction(db, () => {
      storeFeatures(db, features);
      for (const pending of keysDone) forgetPendingKey(db, pending);
    });
  };

  return () => {
    const deadline = performance.now() + options.turnMs;
    for (let pending = keys[index]; pending !== undefined; pending = keys[index]) {
      left ??= articlesKeeping(db, pending.key).filter((id) => !done.has(id));
      const id = left.shift();
      if (id === undefined) {
        if (!leftToImport) finished.push(pending);
        index += 1;
        left = null;
        leftToImport = false;
        continue;
      }
      if (options.isQueued(id)) {
        leftToImport = true;
        anyLeftToImport = true;
        continue;
      }
      done.add(id);
      const features = staleFeatures(db, id, null, true);
      if (typeof features !== 'string') group.push(features);
      if (group.length >= featuresPerCommit) commit();
      if (performance.now() >= deadline) {
        commit();
        return null;
      }
    }
    commit();
    if (anyLeftToImport) options.flushQueued();
    return true;
  };
}
