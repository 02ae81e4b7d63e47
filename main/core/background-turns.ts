import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from './logger.ts';

/** What starting work in background turns takes (the HTML move, the document-count recount). */
export interface BackgroundWorkOptions {
  readonly db: DatabaseSync;
  readonly logger: Logger;
  /** Schedules the next turn; setImmediate unless a test steps the turns. */
  readonly schedule?: (turn: () => void) => void;
  /** Articles per step and ms per turn, smaller in tests so that changes land mid-way. */
  readonly slice?: { readonly articles: number; readonly ms: number };
}

/** Work the library does after open, in turns short enough that the UI never waits on it. */
export interface BackgroundTurns {
  /** Resolves true when the work is done, false if it stopped, was closed or failed first. */
  readonly finished: Promise<boolean>;
  /** Stops after the current turn (before the database closes); a later open starts it again. */
  readonly close: () => void;
}

/**
 * Runs `turn` again and again, each time scheduled after the last (setImmediate unless a test steps
 * the turns), until it returns true (done) or false (nothing to do, or given up). A turn is put off
 * while another part of the library holds a transaction across an await: its rows are not final.
 */
export function runInTurns(options: {
  readonly db: DatabaseSync;
  /** One turn's work: true when all is done, false to stop, null to be called again. */
  readonly turn: () => boolean | null;
  /** Told what a turn threw; the work then stops as if closed. */
  readonly failed: (error: unknown) => void;
  /** Undoes work left half-done, when closed or failed before the end. */
  readonly abandon?: () => void;
  readonly schedule?: ((turn: () => void) => void) | undefined;
}): BackgroundTurns {
  const schedule = options.schedule ?? ((turn: () => void) => void setImmediate(turn));
  let closed = false;
  let settle: (done: boolean) => void = () => undefined;
  const finished = new Promise<boolean>((resolve) => (settle = resolve));
  const next = (): void => {
    if (closed) {
      options.abandon?.();
      settle(false);
      return;
    }
    try {
      if (options.db.isTransaction) {
        schedule(next);
        return;
      }
      const done = options.turn();
      if (done === null) schedule(next);
      else settle(done);
    } catch (error) {
      options.failed(error);
      options.abandon?.();
      settle(false);
    }
  };
  schedule(next);
  return {
    finished,
    close: () => {
      closed = true;
    },
  };
}
