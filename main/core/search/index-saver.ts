import type { Logger } from '../logger.ts';
import { saveIndex } from './index-persistence.ts';
import { IndexChangedDuringSave } from './index-snapshot.ts';
import type { SearchIndex } from './search-index.ts';

/** Saves of one index, serialized and skipped when nothing changed since the last one. */
export interface IndexSaver {
  /** Saves in the background (coalesced); resolves when the save that covers now is done. */
  readonly persist: () => Promise<void>;
  /** The index changed (an article added, updated or removed): the next `persist` saves. */
  readonly changed: (articleId?: number) => void;
}

/** How many times a save spoilt by concurrent changes is redone before waiting for the next one. */
const maxSaveAttempts = 3;

/** A saver for `index`, whose saved copy (if any) covers articles up to `lastId`. */
export function createIndexSaver(options: {
  readonly dir: string;
  readonly index: SearchIndex;
  readonly logger: Logger;
  readonly lastId: number;
  /** Whether the index in memory is exactly the one on disk. */
  readonly saved: boolean;
}): IndexSaver {
  const { dir, index, logger } = options;
  let lastId = options.lastId;
  // Every change bumps the revision; a save is needed while the saved one lags behind.
  let revision = 0;
  let savedRevision = options.saved ? 0 : -1;
  let saving: Promise<void> | null = null;

  const persist = async (): Promise<void> => {
    // Serialize saves: wait for the running one, then save again only if something changed.
    while (saving !== null) await saving;
    // A save spoilt by a change made while it packed is redone (a few times, then left to the next save).
    for (let attempt = 0; attempt < maxSaveAttempts && savedRevision !== revision; attempt += 1) {
      const through = lastId;
      const saved = revision;
      const outcome = { spoilt: false };
      saving = saveIndex(dir, index, through).then(
        () => {
          savedRevision = saved;
        },
        (error: unknown) => {
          if (error instanceof IndexChangedDuringSave) {
            outcome.spoilt = true;
            return;
          }
          // A lost save costs a rebuild at next open, not data: log it and go on.
          logger.error('Could not save the search index', { error: String(error) });
        },
      );
      try {
        await saving;
      } finally {
        saving = null;
      }
      if (!outcome.spoilt) return;
    }
  };

  return {
    persist,
    changed: (articleId) => {
      revision += 1;
      if (articleId !== undefined) lastId = Math.max(lastId, articleId);
    },
  };
}
