// The pair-filter worker: while the main thread rebuilds the search index, this thread makes every
// article's pair filter (a third of a rebuild's work) from the library on its own read-only
// connection; WAL lets it read while the library writes. electron-vite builds it as its own entry.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { pairFiltersFromLibrary } from './pair-filters-from-library.ts';

/** What the worker is given. */
export interface PairFilterWorkerData {
  readonly file: string;
  readonly postingSample: number;
}

/** What the worker posts back once. */
export type PairFilterWorkerReply =
  | { readonly ok: true; readonly filters: Uint32Array[]; readonly postings: Uint32Array }
  | { readonly ok: false; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('pair-filter-worker must run in a worker thread');

const { file, postingSample } = workerData as PairFilterWorkerData;
const reply = async (): Promise<PairFilterWorkerReply> => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const { filters, postings } = await pairFiltersFromLibrary(db, postingSample);
    return { ok: true, filters, postings };
  } finally {
    db.close();
  }
};
reply().then(
  (done) => {
    // Moved, not copied: ~300 MB at 100,000 articles.
    const views = done.ok ? [...done.filters, done.postings] : [];
    const buffers = new Set(views.map((view) => view.buffer));
    port.postMessage(
      done,
      [...buffers].filter((buffer) => buffer instanceof ArrayBuffer),
    );
  },
  (error: unknown) => {
    port.postMessage({ ok: false, error: String(error) } satisfies PairFilterWorkerReply);
  },
);
