import type { DatabaseSync } from 'node:sqlite';
import { runInTurns, type BackgroundTurns } from '../background-turns.ts';
import type { Logger } from '../logger.ts';
import { pendingKeyCount } from '../store/related-pending-keys.ts';
import { featuredArticleCount } from '../store/related-document-counts.ts';
import { signaturesAfter } from '../store/related-repository.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import type { FeatureWrites } from './feature-writes.ts';
import { mayBeStale } from './features-signature.ts';
import { refreshStep } from './library-scale.ts';
import { pendingKeysPass } from './pending-keys-pass.ts';

// Gives features to the articles without current ones, in the background: after open, those without
// features (libraries older than the engine, articles a failed run left) or computed by an older
// engine; and (issue 6) those computed while the library was a step of its size smaller than now
// (library-scale.ts, `refreshStep`), whose terms and weights were read with other document counts.
// A pass reads the library in id order, a slice at a time, and recomputes what is not current, in
// turns of about 8 ms; a turn recomputes at least one article (5–13 ms) and at times writes a group
// of eight (feature-writes.ts), so while the library is below the last step a pass holds the thread
// ~13 ms a turn at p50 and ~50 ms at p95 (`npm run bench:related-catch-up`). A pass runs at open (so a
// library closed mid-way picks up where it left off) and whenever the library has grown past a step
// since the last one; past `lastRefreshStep` the step no longer grows, and the passes recompute only
// the articles keeping a term whose document count has crossed a step (pending-keys-pass.ts), whenever
// such keys wait (1.12 recomputes per article added when a synthetic library grows from 5,000 to
// 6,000; turns p50 20 / p95 32 / max 57 ms on a busy machine, as each recomputes at least one article
// and commits: `npm run bench:related-growth`). An article whose features cannot be computed or
// stored is logged and tried again by the next pass (at the next step or the next open); keys whose
// articles cannot be stored wait for the next open.

/** How long one turn may hold the thread, in ms (each turn recomputes at least one article). */
const defaultTurnMs = 8;
/** Articles read per statement while looking for those to recompute. */
const rowsPerRead = 50;

/** The background catch-up of a library's features. */
export interface FeaturesCatchUp {
  /** Starts a pass if the library has grown past a step since the last one (or none ran yet). */
  readonly check: () => void;
  /**
   * Resolves when no pass is running or due: true then (articles whose features could not be stored
   * were logged and wait for the next pass), false if a pass failed or was closed first.
   */
  readonly settled: () => Promise<boolean>;
  /** Stops after the current turn (before the database closes); the next open starts again. */
  readonly close: () => void;
}

/** Creates the catch-up of a library's features; `check` starts a pass. */
export function createFeaturesCatchUp(options: {
  readonly db: DatabaseSync;
  readonly logger: Logger;
  readonly writes: Pick<FeatureWrites, 'refresh' | 'flush' | 'isQueued'>;
  /** Which term count changes the recomputes record (library-count-watch.ts). */
  readonly watch: TermCountWatch;
  /** Schedules the next turn; setImmediate unless a test steps the turns. */
  readonly schedule?: ((turn: () => void) => void) | undefined;
  /** How long one turn may hold the thread (8 ms; 0 in tests: one article a turn). */
  readonly turnMs?: number | undefined;
}): FeaturesCatchUp {
  const { db, logger, writes } = options;
  const turnMs = options.turnMs ?? defaultTurnMs;
  let running: BackgroundTurns | null = null;
  /** The step the last pass started at (-1: none yet). */
  let passed = -1;
  let closed = false;
  // A pass that threw is not tried again in this process (it would throw again): the next open does.
  let gaveUp = false;

  const due = (): number | null => {
    const step = refreshStep(featuredArticleCount(db));
    return step > passed ? step : null;
  };

  const pass = (step: number): BackgroundTurns => {
    let cursor = 0;
    // Each article is judged against the library's step of its turn. One that shrank meanwhile (the
    // Trash) left articles judged current at a smaller step: the pass then counts as done only there,
    // so a pass runs again once the library is back past it.
    let lowest = step;
    const turn = (): boolean | null => {
      lowest = Math.min(lowest, refreshStep(featuredArticleCount(db)));
      const deadline = performance.now() + turnMs;
      for (;;) {
        const rows = signaturesAfter(db, cursor, rowsPerRead);
        if (rows.length === 0) break;
        for (const row of rows) {
          cursor = row.id;
          if (!mayBeStale(row.signature, step)) continue;
          // Recomputed unless current by now (an import may have done it meanwhile).
          writes.refresh(row.id);
          if (performance.now() >= deadline) return null;
        }
        if (performance.now() >= deadline) return null;
      }
      writes.flush();
      passed = Math.min(passed, lowest);
      return true;
    };
    return runInTurns({
      db,
      schedule: options.schedule,
      turn,
      failed: (error) => {
        gaveUp = true;
        logger.error('Catching up related-story features failed', { error: String(error) });
      },
    });
  };

  // Past the last step: the articles keeping a term whose count crossed a step (pending-keys-pass.ts).
  // Articles that could not be recomputed are skipped until the next open, and the keys they hold
  // wait for it: no pass runs again for those keys alone.
  const failed = new Set<number>();
  const stuck = new Set<string>();
  const keysPass = (): BackgroundTurns =>
    runInTurns({
      db,
      schedule: options.schedule,
      turn: pendingKeysPass({
        db,
        isQueued: writes.isQueued,
        flushQueued: () => void writes.flush(),
        turnMs,
        failed,
        stuck,
        watch: options.watch,
        onFailed: (id, error) => {
          logger.error('Recomputing related-story features failed', { id, error: String(error) });
        },
      }),
      failed: (error) => {
        gaveUp = true;
        logger.error('Recomputing related-story features of moved terms failed', { error: String(error) });
      },
    });

  const check = (): void => {
    // Closed: the database may be too (a pass ending after close still calls this).
    if (closed || gaveUp) return;
    // A library that shrank under the last pass's step (the Trash) may store articles at the smaller
    // step: once it grows back, a pass is due again.
    passed = Math.min(passed, refreshStep(featuredArticleCount(db)));
    if (running !== null) return;
    const step = due();
    // Every key waiting but those stuck on an article that cannot be recomputed (they are all still
    // waiting: only a pass forgets a key).
    if (step === null && pendingKeyCount(db) <= stuck.size) return;
    if (step !== null) passed = step;
    const turns = step === null ? keysPass() : pass(step);
    running = turns;
    // Once done, the library may have grown past another step meanwhile.
    void turns.finished.then(() => {
      if (running === turns) running = null;
      check();
    });
  };

  return {
    check,
    settled: async () => {
      for (;;) {
        const turns = running;
        if (turns !== null) {
          await turns.finished;
          if (running === turns) running = null;
          continue;
        }
        check();
        if (running === null) return !gaveUp && !closed;
      }
    },
    close: () => {
      closed = true;
      running?.close();
    },
  };
}
