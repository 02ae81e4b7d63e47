import { Worker } from 'node:worker_threads';
import type { SavedPairs } from './pair-filters.ts';
import type { PairFilterWorkerData, PairFilterWorkerReply } from './pair-filter-worker.ts';

/** Pair filters being made on a worker: their saved form once made, and stopping it. */
export interface PairFiltersOnWorker {
  /** Rejects when the worker cannot start, fails, or is stopped. */
  readonly result: Promise<SavedPairs>;
  readonly stop: () => void;
}

/**
 * Starts making the pair filters of the library database `file` on a worker (pair-filter-worker.ts;
 * Electron passes its bundled pair-filter-worker.js as `workerUrl`), with the index's posting sample.
 */
export function pairFiltersOnWorker(
  file: string,
  postingSample: number,
  workerUrl?: URL,
): PairFiltersOnWorker {
  const url = workerUrl ?? new URL('./pair-filter-worker.ts', import.meta.url);
  let worker: Worker | null = null;
  const result = new Promise<SavedPairs>((resolve, reject) => {
    const running = new Worker(url, { workerData: { file, postingSample } satisfies PairFilterWorkerData });
    worker = running;
    running.once('message', (reply: PairFilterWorkerReply) => {
      if (reply.ok) resolve({ filters: reply.filters, postings: reply.postings });
      else reject(new Error(`the pair-filter worker failed: ${reply.error}`));
    });
    running.once('error', (error) => {
      reject(new Error(`the pair-filter worker failed: ${String(error)}`));
    });
    running.once('exit', (code) => {
      reject(new Error(`the pair-filter worker stopped (exit ${code})`));
    });
  }).finally(() => {
    void worker?.terminate();
    worker = null;
  });
  // Whoever awaits it sees the failure; this one only keeps an early one from going unhandled.
  result.catch(() => undefined);
  return {
    result,
    stop: () => {
      void worker?.terminate();
    },
  };
}
