import { randomUUID } from 'node:crypto';
import type { ArchiveEvent } from '../../shared/api.ts';
import { toBatchId, type BatchId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ApiRequest } from '../../shared/schemas.ts';
import type { ImportBatch, ImportOutcome } from '../../shared/types.ts';
import type { Logger } from '../logger.ts';
import { BatchState } from './batch-state.ts';
import { displayName, expandPaths, type PendingFile } from './file-source.ts';
import { createUploadedAssets, isPageAssetUpload, type UploadedAssets } from './page-folders.ts';

/** Runs import batches in the background and reports them as events. */
export interface Importer {
  readonly startImport: (request: ApiRequest<'startImport'>) => Result<{ batchId: BatchId }>;
  readonly uploadFiles: (request: ApiRequest<'uploadFiles'>) => Result<{ accepted: number }>;
  readonly cancelImport: (request: ApiRequest<'cancelImport'>) => Result<{ cancelled: boolean }>;
  readonly getImportBatch: (request: ApiRequest<'getImportBatch'>) => Result<ImportBatch>;
  /** Cancels every running batch and waits for its in-flight files. */
  readonly close: () => Promise<void>;
}

/** What the importer needs: how to ingest one file, where events go, how many files at once. */
export interface ImporterOptions {
  readonly ingest: (file: PendingFile) => Promise<ImportOutcome>;
  readonly emit: (event: ArchiveEvent) => void;
  readonly concurrency: number;
  /** Called when a batch ends (e.g. to save the search index). */
  readonly onBatchEnd: () => void;
  readonly logger: Logger;
}

/** Progress events at most this often (plus one when a batch ends). */
const progressIntervalMs = 100;

interface RunningBatch {
  readonly state: BatchState;
  readonly pending: PendingFile[];
  /** Pictures of uploaded "Webpage, complete" folders, for the batch's pages. */
  readonly uploadedAssets: UploadedAssets;
  walkers: number;
  acceptingUploads: boolean;
  inFlight: number;
  cancelled: boolean;
  lastEmit: number;
  emittedImported: number;
  timer: NodeJS.Timeout | null;
  readonly done: Promise<void>;
  readonly settle: () => void;
}

/** Creates the importer of a library. */
export function createImporter(options: ImporterOptions): Importer {
  const { ingest, emit, concurrency, onBatchEnd, logger } = options;
  const batches = new Map<BatchId, RunningBatch>();

  const emitProgress = (batch: RunningBatch): void => {
    if (batch.timer !== null) clearTimeout(batch.timer);
    batch.timer = null;
    batch.lastEmit = Date.now();
    emit({ type: 'import-progress', progress: batch.state.progress() });
    if (batch.state.imported !== batch.emittedImported) {
      batch.emittedImported = batch.state.imported;
      emit({ type: 'library-changed' });
    }
  };

  const progressSoon = (batch: RunningBatch): void => {
    const wait = batch.lastEmit + progressIntervalMs - Date.now();
    if (wait <= 0) emitProgress(batch);
    // A trailing event, so a slow file after a burst does not leave the UI showing stale counts.
    else {
      batch.timer ??= setTimeout(() => {
        emitProgress(batch);
      }, wait);
    }
  };

  const maybeFinish = (batch: RunningBatch): void => {
    if (batch.state.state !== 'running' || batch.inFlight > 0) return;
    const drained = batch.pending.length === 0 && batch.walkers === 0 && !batch.acceptingUploads;
    if (!batch.cancelled && !drained) return;
    batch.state.state = batch.cancelled ? 'cancelled' : 'finished';
    batch.state.current = null;
    batch.pending.length = 0;
    batch.uploadedAssets.clear();
    emitProgress(batch);
    emit({ type: 'import-finished', batch: batch.state.snapshot() });
    logger.info('Import batch ended', { ...batch.state.progress() });
    onBatchEnd();
    batch.settle();
  };

  const pump = (batch: RunningBatch): void => {
    while (!batch.cancelled && batch.inFlight < concurrency) {
      const file = batch.pending.shift();
      if (file === undefined) break;
      batch.inFlight += 1;
      batch.state.current = displayName(file);
      ingest(file)
        .catch((error: unknown): ImportOutcome => {
          // ingest turns expected failures into outcomes; a throw is a bug, logged and charged to this file.
          logger.error('Importing a file threw', { file: displayName(file), error: String(error) });
          return {
            file: displayName(file),
            status: 'failed',
            error: { code: 'internal', message: String(error) },
          };
        })
        .then(
          (outcome) => {
            batch.inFlight -= 1;
            batch.state.record(outcome);
            progressSoon(batch);
            pump(batch);
            maybeFinish(batch);
          },
          (error: unknown) => {
            logger.error('Recording an import outcome failed', { error: String(error) });
          },
        );
    }
  };

  const enqueue = (batch: RunningBatch, files: readonly PendingFile[]): void => {
    batch.pending.push(...files);
    batch.state.total += files.length;
    pump(batch);
  };

  const walk = async (batch: RunningBatch, paths: readonly string[]): Promise<void> => {
    for await (const file of expandPaths(paths)) {
      if (batch.cancelled) break;
      enqueue(batch, [file]);
    }
  };

  const startImport: Importer['startImport'] = ({ paths, uploads }) => {
    const batchId = toBatchId(randomUUID());
    let settle = (): void => undefined;
    const done = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const batch: RunningBatch = {
      state: new BatchState(batchId),
      pending: [],
      uploadedAssets: createUploadedAssets(),
      walkers: 1,
      acceptingUploads: uploads,
      inFlight: 0,
      cancelled: false,
      lastEmit: 0,
      emittedImported: 0,
      timer: null,
      done,
      settle,
    };
    batches.set(batchId, batch);
    emitProgress(batch);
    walk(batch, paths)
      .catch((error: unknown) => {
        logger.error('Walking import paths failed', { error: String(error) });
      })
      .finally(() => {
        batch.walkers -= 1;
        maybeFinish(batch);
      });
    return ok({ batchId });
  };

  const uploadFiles: Importer['uploadFiles'] = ({ batchId, files, final }) => {
    const batch = batches.get(batchId);
    if (batch === undefined) return fail('not-found', `No import batch ${batchId}`);
    if (batch.cancelled) return fail('cancelled', `Import batch ${batchId} was cancelled`);
    if (!batch.acceptingUploads)
      return fail('invalid-request', `Import batch ${batchId} takes no more uploads`);
    // Pictures first, so a page of the same request finds them; the browser sends them before their pages.
    for (const file of files) if (isPageAssetUpload(file.path)) batch.uploadedAssets.add(file);
    const pages = files.filter((file) => !isPageAssetUpload(file.path));
    enqueue(
      batch,
      pages.map((file) => ({ kind: 'upload', file, folder: batch.uploadedAssets.folderOf(file.path) })),
    );
    if (final) batch.acceptingUploads = false;
    maybeFinish(batch);
    return ok({ accepted: files.length });
  };

  const cancel = (batch: RunningBatch): boolean => {
    if (batch.state.state !== 'running') return false;
    batch.cancelled = true;
    batch.acceptingUploads = false;
    maybeFinish(batch);
    return true;
  };

  const cancelImport: Importer['cancelImport'] = ({ batchId }) => {
    const batch = batches.get(batchId);
    if (batch === undefined) return fail('not-found', `No import batch ${batchId}`);
    return ok({ cancelled: cancel(batch) });
  };

  const getImportBatch: Importer['getImportBatch'] = ({ batchId }) => {
    const batch = batches.get(batchId);
    if (batch === undefined) return fail('not-found', `No import batch ${batchId}`);
    return ok(batch.state.snapshot());
  };

  const close = async (): Promise<void> => {
    for (const batch of batches.values()) cancel(batch);
    await Promise.all([...batches.values()].map((batch) => batch.done));
  };

  return { startImport, uploadFiles, cancelImport, getImportBatch, close };
}
