import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { ArchiveEvent } from '../../shared/api.ts';
import type { LibraryHealth } from '../../shared/health-types.ts';
import type { Logger } from '../logger.ts';
import type { HealthWorkerReply } from './health-worker.ts';
import { repairWhileOpen } from './repair-while-open.ts';

/** How the app and `dossier serve` run the start-up check; short CLI commands and tests leave it out. */
export interface BackgroundCheckSettings {
  /** The worker's script; Electron passes its bundled health-worker.js. */
  readonly workerUrl?: URL;
  /** How long after opening to start, so the first screen and the index load come first. */
  readonly delayMs?: number;
}

/** What the open library needs to run its start-up check. */
export interface BackgroundCheckOptions {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly emit: (event: ArchiveEvent) => void;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Absent: the check is skipped and the health says so. */
  readonly settings?: BackgroundCheckSettings | undefined;
}

/** The start-up check of an open library: its current result, and stopping it. */
export interface BackgroundCheck {
  readonly health: () => LibraryHealth;
  /** Stops the worker and waits for a repair in progress, so the library can close under it. */
  readonly close: () => Promise<void>;
}

/** The default pause between opening the library and starting the check. */
export const defaultCheckDelayMs = 3000;

const pending = (state: 'skipped' | 'checking'): LibraryHealth => ({
  state,
  checkedAt: null,
  problems: [],
  repaired: [],
  advice: [],
});

/**
 * Schedules the start-up integrity check (`quick_check`, missing and orphaned files) on a worker at
 * low priority, repairs what is safe, keeps the result and announces it as a 'library-health' event.
 */
export function startBackgroundCheck(options: BackgroundCheckOptions): BackgroundCheck {
  const { dir, db, emit, now, logger, settings } = options;
  if (settings === undefined) {
    const skipped = pending('skipped');
    return { health: () => skipped, close: () => Promise.resolve() };
  }
  // Real time, not `now`: it is compared with file modification times.
  const openedAt = Date.now();
  let health = pending('checking');
  let closed = false;
  let worker: Worker | null = null;
  let finished: Promise<void> = Promise.resolve();

  const check = async (): Promise<void> => {
    const url = settings.workerUrl ?? new URL('./health-worker.ts', import.meta.url);
    const running = new Worker(url, { workerData: { dir } });
    worker = running;
    const reply = await new Promise<HealthWorkerReply>((resolve) => {
      running.once('message', resolve);
      running.once('error', (error) => {
        resolve({ ok: false, error: String(error) });
      });
      running.once('exit', (code) => {
        resolve({ ok: false, error: `the check stopped (exit ${code})` });
      });
    });
    worker = null;
    await running.terminate();
    if (closed) return;
    if (!reply.ok) {
      // A check that could not run proves nothing either way; it is logged, not shown as damage.
      logger.warn('start-up check failed', { error: reply.error });
      health = pending('skipped');
      emit({ type: 'library-health', health });
      return;
    }
    health = await repairWhileOpen({ dir, db, openedAt, checkedAt: now() }, reply.report);
    if (health.state !== 'ok')
      logger.warn('start-up check', { state: health.state, problems: health.problems });
    emit({ type: 'library-health', health });
  };

  const timer = setTimeout(() => {
    finished = check().catch((error: unknown) => {
      logger.error('start-up check threw', { error: String(error) });
    });
  }, settings.delayMs ?? defaultCheckDelayMs);
  // A pending check never keeps a CLI process alive.
  timer.unref();

  return {
    health: () => health,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await worker?.terminate();
      await finished;
    },
  };
}
