// The start-up check's worker: `quick_check` reads every page (~10 s for 100k articles), so it runs
// here on its own read-only connection while the main thread serves the UI. WAL lets it read while
// the library writes. electron-vite builds this file as its own entry.
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { checkLibrary, type CheckReport } from './check-library.ts';

/** What the worker posts back once. */
export type HealthWorkerReply =
  { readonly ok: true; readonly report: CheckReport } | { readonly ok: false; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('health-worker must run in a worker thread');

// On Linux the nice value belongs to the thread, so only this worker yields; elsewhere it would slow the whole app.
if (process.platform === 'linux') {
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed in some sandboxes: the check then runs at normal priority, which is still correct.
  }
}

const { dir } = workerData as { dir: string };
checkLibrary(dir, { verifyHashes: false }).then(
  (report) => {
    port.postMessage({ ok: true, report } satisfies HealthWorkerReply);
  },
  (error: unknown) => {
    port.postMessage({ ok: false, error: String(error) } satisfies HealthWorkerReply);
  },
);
