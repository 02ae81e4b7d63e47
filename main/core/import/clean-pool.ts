import { Worker, type ResourceLimits } from 'node:worker_threads';
import { fail, type Result } from '../../shared/result.ts';
import type { CleaningOptions } from '../../shared/types.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import type { Logger } from '../logger.ts';
import type { SuggestedEntity } from '../entities/entity-types.ts';
import type { CleanResponse, SuggestResponse, WorkerRequest } from './clean-messages.ts';

/** Cleans pages on a few worker threads. */
export interface CleanPool {
  /** Cleans one page; a timeout or a crashed worker becomes a coded failure of that page. */
  readonly clean: (
    bytes: Uint8Array,
    fileName: string,
    options?: CleaningOptions,
  ) => Promise<Result<CleanedPage>>;
  /**
   * Suggests the entities of a text on a worker, at low priority: it waits while any page is
   * queued for cleaning, so suggestions never hold up an import.
   */
  readonly suggest: (text: string, lang: string | null, label: string) => Promise<Result<SuggestedEntity[]>>;
  /** Terminates the workers; queued pages fail as cancelled. */
  readonly close: () => Promise<void>;
  readonly size: number;
}

/** Options of a pool. */
export interface CleanPoolOptions {
  readonly workerUrl: URL;
  readonly workerCount: number;
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Each worker's heap limits; a page that exceeds them kills only its worker. */
  readonly resourceLimits?: ResourceLimits;
}

/**
 * A page at the DOM node limit (check-dom-limits.ts) needs about 420 MB of heap to clean; 1 GB leaves
 * room for that, and stops a page that explodes memory long before it can take the app down.
 */
export const defaultWorkerLimits: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

interface Task {
  readonly request: WorkerRequest;
  // Each request kind's resolver is stored widened; the worker answers a request with its own kind.
  readonly resolve: (result: Result<unknown>) => void;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** Starts a pool; workers are created on first use and replaced when they time out or die. */
export function createCleanPool(options: CleanPoolOptions): CleanPool {
  const { workerUrl, workerCount, timeoutMs, logger } = options;
  const resourceLimits = options.resourceLimits ?? defaultWorkerLimits;
  const slots: Slot[] = Array.from({ length: workerCount }, () => ({
    worker: null,
    task: null,
    timer: null,
  }));
  const queue: Task[] = [];
  const lowQueue: Task[] = [];
  let nextTaskId = 1;
  let closed = false;

  const finish = (slot: Slot, result: Result<unknown>): void => {
    const task = slot.task;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    // An idle worker must not keep the process alive.
    slot.worker?.unref();
    task?.resolve(result);
    dispatch();
  };

  const discardWorker = (slot: Slot): void => {
    const worker = slot.worker;
    slot.worker = null;
    if (worker !== null) {
      worker.removeAllListeners();
      // Termination errors are irrelevant: the worker is being thrown away either way.
      worker.terminate().catch((error: unknown) => {
        logger.warn('Terminating a cleaning worker failed', { error: String(error) });
      });
    }
  };

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(workerUrl, { resourceLimits });
    worker.on('message', (response: CleanResponse | SuggestResponse) => {
      if (slot.task?.request.taskId === response.taskId) finish(slot, response.result);
    });
    const died = (reason: string): void => {
      logger.error('A cleaning worker died', { reason, file: slot.task?.request.fileName });
      const fileName = slot.task?.request.fileName ?? 'a page';
      discardWorker(slot);
      finish(slot, fail('internal', `The cleaning worker died while cleaning ${fileName}: ${reason}`));
    };
    // Node terminates a worker that reaches its resourceLimits: that page is too big to clean, not a bug.
    const ranOutOfMemory = (): void => {
      const fileName = slot.task?.request.fileName ?? 'a page';
      const limitMb = resourceLimits.maxOldGenerationSizeMb;
      logger.warn('A cleaning worker ran out of memory; replacing it', { file: fileName, limitMb });
      discardWorker(slot);
      finish(slot, fail('too-complex', `Cleaning ${fileName} needed more than ${limitMb} MB of memory`));
    };
    worker.on('error', (error: unknown) => {
      if (isOutOfMemory(error)) ranOutOfMemory();
      else died(error instanceof Error ? (error.stack ?? error.message) : String(error));
    });
    worker.on('exit', (code) => {
      died(`exit code ${code}`);
    });
    return worker;
  };

  function dispatch(): void {
    if (closed) return;
    for (const slot of slots) {
      if (slot.task !== null) continue;
      const task = queue.shift() ?? lowQueue.shift();
      if (task === undefined) return;
      const worker = (slot.worker ??= spawn(slot));
      slot.task = task;
      worker.ref();
      slot.timer = setTimeout(() => {
        logger.warn('Cleaning timed out; replacing the worker', { file: task.request.fileName, timeoutMs });
        discardWorker(slot);
        finish(
          slot,
          fail('unreadable', `Cleaning ${task.request.fileName} took longer than ${timeoutMs / 1000} s`),
        );
      }, timeoutMs);
      worker.postMessage(task.request);
    }
  }

  const clean: CleanPool['clean'] = (bytes, fileName, options) => {
    if (closed) return Promise.resolve(fail('cancelled', 'The library is closing'));
    return new Promise((resolve) => {
      const request: WorkerRequest = {
        taskId: nextTaskId++,
        fileName,
        bytes,
        ...(options === undefined ? {} : { options }),
      };
      queue.push({ request, resolve: resolve as Task['resolve'] });
      dispatch();
    });
  };

  const suggest: CleanPool['suggest'] = (text, lang, label) => {
    if (closed) return Promise.resolve(fail('cancelled', 'The library is closing'));
    return new Promise((resolve) => {
      const request: WorkerRequest = { kind: 'suggest', taskId: nextTaskId++, fileName: label, text, lang };
      lowQueue.push({ request, resolve: resolve as Task['resolve'] });
      dispatch();
    });
  };

  const close = async (): Promise<void> => {
    closed = true;
    for (const task of [...queue.splice(0), ...lowQueue.splice(0)])
      task.resolve(fail('cancelled', 'The library is closing'));
    const workers = slots.flatMap((slot) => {
      const worker = slot.worker;
      if (slot.timer !== null) clearTimeout(slot.timer);
      slot.task?.resolve(fail('cancelled', 'The library is closing'));
      slot.task = null;
      slot.worker = null;
      worker?.removeAllListeners();
      return worker === null ? [] : [worker];
    });
    await Promise.all(workers.map((w) => w.terminate()));
  };

  return { clean, suggest, close, size: workerCount };
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
