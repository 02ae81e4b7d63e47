import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../store/database.ts';
import {
  articlesKeeping,
  forgetPendingKey,
  pendingKeys,
  type PendingKey,
} from '../store/related-pending-keys.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { staleFeatures, storeFeatures, type ComputedFeatures } from './article-features.ts';
import { featuresPerCommit } from './feature-writes.ts';

// Issue 6, past the last step of the library's size: the term keys whose document count has crossed a
// step (library-scale.ts, `movesTermWeight`; recorded as counts change, related-repository.ts) have
// the articles keeping them recomputed with today's counts, each article once a pass however many of
// its keys wait. A pass takes the keys waiting when it starts (one marked later waits for the next
// pass, since an article recomputed earlier in this one read its count from before), and forgets each
// once the features of its last articles are written: a library closed mid-way has lost nothing (the
// keys left are read again at the next open), and a key marked again meanwhile is kept. An article
// whose features cannot be computed or written is logged and skipped for the rest of the process
// (`failed`); its keys wait for the next open (`stuck`), and the other keys go on. Each turn ends
// with a write, so that no features computed in one turn are written over an import's in a later
// one. An article whose features an
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
  /** Articles whose features could not be computed or written in this process: skipped. */
  readonly failed: Set<number>;
  /** Keys left waiting because of such an article (until the next open). */
  readonly stuck: Set<string>;
  /** Logs an article that could not be recomputed. */
  readonly onFailed: (id: number, error: unknown) => void;
  /** Which term count changes the recomputes record (library-count-watch.ts). */
  readonly watch: TermCountWatch;
}): () => true | null {
  const { db, failed, stuck } = options;
  const keys = pendingKeys(db);
  let index = 0;
  /** The articles of `keys[index]` left to recompute (null until its turn comes). */
  let left: number[] | null = null;
  /** The articles keeping `keys[index]` (all of them: one done for an earlier key counts too). */
  let keeping: number[] = [];
  /** Whether an article of `keys[index]` was left to an import's write (the key then waits). */
  let leftToImport = false;
  let anyLeftToImport = false;
  const done = new Set<number>();
  let group: ComputedFeatures[] = [];
  let finished: { pending: PendingKey; keeping: number[] }[] = [];

  // The features first (`storeFeatures` writes each alone if the group fails), then the keys whose
  // articles were all written. A failure between the two leaves keys to recompute again, never a key
  // forgotten before its articles' features are written.
  const commit = (): void => {
    if (group.length === 0 && finished.length === 0) return;
    const features = group;
    const keysDone = finished;
    group = [];
    finished = [];
    let notStored: number[];
    try {
      notStored = storeFeatures(db, features, options.watch);
    } catch (error) {
      notStored = features.map((f) => f.id);
      options.onFailed(notStored[0] ?? -1, error);
    }
    for (const id of notStored) failed.add(id);
    const forgettable = keysDone.filter(({ pending, keeping }) => {
      const blocked = keeping.some((id) => failed.has(id));
      if (blocked) stuck.add(pending.key);
      return !blocked;
    });
    if (forgettable.length === 0) return;
    inTransaction(db, () => {
      for (const { pending } of forgettable) forgetPendingKey(db, pending);
    });
  };

  return () => {
    const deadline = performance.now() + options.turnMs;
    const overdue = (): boolean => performance.now() >= deadline;
    for (let pending = keys[index]; pending !== undefined; pending = keys[index]) {
      if (left === null) {
        keeping = articlesKeeping(db, pending.key);
        left = keeping.filter((id) => !done.has(id) && !failed.has(id));
      }
      const id = left.shift();
      if (id === undefined) {
        if (!leftToImport) finished.push({ pending, keeping });
        index += 1;
        left = null;
        leftToImport = false;
        // Most keys that cross a step are kept by no article: the budget holds while skipping too.
        if (overdue()) break;
        continue;
      }
      if (options.isQueued(id)) {
        leftToImport = true;
        anyLeftToImport = true;
        if (overdue()) break;
        continue;
      }
      done.add(id);
      try {
        const features = staleFeatures(db, id, null, true);
        if (typeof features !== 'string') group.push(features);
      } catch (error) {
        failed.add(id);
        options.onFailed(id, error);
      }
      if (group.length >= featuresPerCommit) commit();
      if (overdue()) break;
    }
    commit();
    if (keys[index] !== undefined) return null;
    if (anyLeftToImport) options.flushQueued();
    return true;
  };
}
