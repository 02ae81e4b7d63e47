import { randomUUID } from 'node:crypto';
import type { ArchiveEvent } from '../../shared/api.ts';
import { toBatchId, type ArticleId, type BatchId } from '../../shared/ids.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { ImportBatch, ImportOutcome, ImportProgress } from '../../shared/types.ts';
import { CLEANER_VERSION } from '../clean/cleaned-page.ts';
import type { Logger } from '../logger.ts';
import { articleIdsToReclean, getDetail, getOriginalLocation } from '../store/article-repository.ts';
import { getCleaningOptions } from '../store/cleaning-repository.ts';
import { readOriginal } from '../store/original-store.ts';
import { BatchState } from './batch-state.ts';
import type { CleanPool } from './clean-pool.ts';
import { storeRecleaned, type RecleanContext } from './reclean-article.ts';

/** Which articles a re-clean covers: those cleaned by an older cleaner, or every one. */
export type RecleanScope = 'outdated' | 'all';

/** Re-cleans the library from its originals in background batches, reported like imports. */
export interface Recleaner {
  /** Starts a batch, or answers the running one: two re-cleans of the same articles would only race. */
  readonly start: (scope: RecleanScope) => Result<{ batchId: BatchId }>;
  /** Cancels a re-clean batch; null when `batchId` is not one (so the caller can ask the importer). */
  readonly cancel: (batchId: BatchId) => { cancelled: boolean } | null;
  /** A re-clean batch's counters and outcomes; null when `batchId` is not one. */
  readonly get: (batchId: BatchId) => ImportBatch | null;
  /** Cancels the running batch and waits for its articles in flight. */
  readonly close: () => Promise<void>;
}

/** What re-cleaning the library needs: the store, the cleaning pool, where events go. */
export interface RecleanerOptions {
  readonly context: RecleanContext;
  readonly pool: CleanPool;
  readonly emit: (event: ArchiveEvent) => void;
  readonly logger: Logger;
}

/** Progress events at most this often (plus one when a batch ends), as for imports. */
const progressIntervalMs = 100;

interface RunningReclean {
  readonly state: BatchState;
  readonly pending: ArticleId[];
  cancelled: boolean;
  lastEmit: number;
  emittedDone: number;
}

/** Creates the re-cleaner of a library. */
export function createRecleaner(options: RecleanerOptions): Recleaner {
  const { context, pool, emit, logger } = options;
  const batches = new Map<BatchId, RunningReclean>();
  let running: { batch: RunningReclean; done: Promise<void> } | null = null;

  const progressOf = (batch: RunningReclean): ImportProgress => ({
    ...batch.state.progress(),
    kind: 'reclean',
  });

  const emitProgress = (batch: RunningReclean, force: boolean): void => {
    if (!force && Date.now() - batch.lastEmit < progressIntervalMs) return;
    batch.lastEmit = Date.now();
    emit({ type: 'import-progress', progress: progressOf(batch) });
    if (batch.state.imported !== batch.emittedDone) {
      batch.emittedDone = batch.state.imported;
      emit({ type: 'library-changed' });
    }
  };

  // Expected failures become the article's outcome; the article keeps its previous clean text.
  const recleanOne = async (id: ArticleId): Promise<ImportOutcome> => {
    const before = getDetail(context.db, id);
    const file = before?.provenance.fileName ?? `article ${id}`;
    const location = getOriginalLocation(context.db, id);
    if (before === null || location === null)
      return { file, status: 'failed', error: { code: 'not-found', message: `No article ${id}` } };
    let bytes: Uint8Array;
    try {
      bytes = await readOriginal(context.dir, location.path);
    } catch (error) {
      const message = `Cannot read the original of article ${id}: ${String(error)}`;
      return { file, status: 'failed', id, error: { code: 'unreadable', message } };
    }
    const cleaningOptions = getCleaningOptions(context.db, id);
    const cleaned = await pool.clean(bytes, file, cleaningOptions);
    if (!cleaned.ok) return { file, status: 'failed', id, error: cleaned.error };
    // The article may have been re-cleaned with other options while this one was in the worker.
    if (JSON.stringify(getCleaningOptions(context.db, id)) !== JSON.stringify(cleaningOptions))
      return { file, status: 'imported', id };
    storeRecleaned(context, before, cleaned.value, cleaningOptions);
    return { file, status: 'imported', id };
  };

  const lane = async (batch: RunningReclean): Promise<void> => {
    for (;;) {
      const id = batch.cancelled ? undefined : batch.pending.shift();
      if (id === undefined) return;
      batch.state.current = getDetail(context.db, id)?.title ?? null;
      const outcome = await recleanOne(id).catch((error: unknown): ImportOutcome => {
        logger.error('Re-cleaning an article threw', { id, error: String(error) });
        return {
          file: `article ${id}`,
          status: 'failed',
          id,
          error: { code: 'internal', message: String(error) },
        };
      });
      batch.state.record(outcome);
      emitProgress(batch, false);
    }
  };

  const run = async (batch: RunningReclean): Promise<void> => {
    // One lane per worker keeps every worker busy without queueing the whole library at once.
    await Promise.all(Array.from({ length: pool.size }, () => lane(batch)));
    batch.state.state = batch.cancelled ? 'cancelled' : 'finished';
    batch.state.current = null;
    batch.pending.length = 0;
    emitProgress(batch, true);
    emit({ type: 'import-finished', batch: { ...batch.state.snapshot(), kind: 'reclean' } });
    logger.info('Re-clean batch ended', { ...batch.state.progress() });
    void context.search.persist();
  };

  const start: Recleaner['start'] = (scope) => {
    if (running !== null) return ok({ batchId: running.batch.state.batchId });
    const batchId = toBatchId(randomUUID());
    const pending = articleIdsToReclean(context.db, scope === 'all' ? null : CLEANER_VERSION);
    const batch: RunningReclean = {
      state: new BatchState(batchId),
      pending,
      cancelled: false,
      lastEmit: 0,
      emittedDone: 0,
    };
    batch.state.total = pending.length;
    batches.set(batchId, batch);
    emitProgress(batch, true);
    const done = run(batch)
      .catch((error: unknown) => {
        logger.error('A re-clean batch failed', { error: String(error) });
      })
      .finally(() => {
        running = null;
      });
    running = { batch, done };
    return ok({ batchId });
  };

  const cancel: Recleaner['cancel'] = (batchId) => {
    const batch = batches.get(batchId);
    if (batch === undefined) return null;
    if (batch.state.state !== 'running' || batch.cancelled) return { cancelled: false };
    batch.cancelled = true;
    return { cancelled: true };
  };

  const get: Recleaner['get'] = (batchId) => {
    const batch = batches.get(batchId);
    return batch === undefined ? null : { ...batch.state.snapshot(), kind: 'reclean' };
  };

  const close = async (): Promise<void> => {
    if (running === null) return;
    running.batch.cancelled = true;
    await running.done;
  };

  return { start, cancel, get, close };
}
