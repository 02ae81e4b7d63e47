import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../logger.ts';
import { htmlMoveCursor, moveHtmlAfter } from './article-html-repository.ts';

// The HTML of articles stored before schema 15, moved out of their rows after open (migrations.ts
// says why), in turns short enough that the UI never waits on it. Each step is one transaction with
// its cursor, so closing or a crash half-way loses nothing and the next open goes on from there.

/** How long one turn may hold the thread, in ms (each turn does at least one step). */
const turnMs = 8;
/** Articles per step: each rewrites a row and copies its HTML (~50 µs of CPU per article at 100k). */
const articlesPerStep = 20;

/** A running move. */
export interface ArticleHtmlMove {
  /** Resolves true once no article's HTML is left in its row, false if stopped or failed first. */
  readonly finished: Promise<boolean>;
  /** Stops after the current turn (before the database closes); a later open goes on. */
  readonly close: () => void;
}

/** Starts moving the HTML of older articles out of their rows, if a migration left it to do. */
export function startArticleHtmlMove(options: {
  db: DatabaseSync;
  logger: Logger;
  /** Schedules the next turn; setImmediate unless a test steps the turns. */
  schedule?: (turn: () => void) => void;
  /** Articles per step and ms per turn, smaller in tests so that changes land mid-move. */
  slice?: { readonly articles: number; readonly ms: number };
}): ArticleHtmlMove {
  const { db, logger } = options;
  const { articles: stepSize, ms: budgetMs } = options.slice ?? { articles: articlesPerStep, ms: turnMs };
  const schedule = options.schedule ?? ((turn: () => void) => void setImmediate(turn));
  let closed = false;
  let logged = false;
  let settle: (done: boolean) => void = () => undefined;
  const finished = new Promise<boolean>((resolve) => (settle = resolve));

  const turn = (): void => {
    if (closed) {
      settle(false);
      return;
    }
    try {
      // Another part of the library may hold a transaction across an await: wait for it to end.
      if (db.isTransaction) {
        schedule(turn);
        return;
      }
      let cursor = htmlMoveCursor(db);
      if (cursor !== null) {
        if (!logged) logger.info('Moving article HTML out of the article rows', { after: cursor });
        logged = true;
        const deadline = performance.now() + budgetMs;
        do cursor = moveHtmlAfter(db, cursor, stepSize);
        while (cursor !== null && performance.now() < deadline);
        if (cursor !== null) {
          schedule(turn);
          return;
        }
        logger.info('Article HTML moved out of the article rows');
      }
      settle(true);
    } catch (error) {
      // Not fatal: an article not yet moved is read from its row, and the next open goes on.
      logger.error('Moving article HTML out of the article rows failed', { error: String(error) });
      settle(false);
    }
  };
  schedule(turn);

  return {
    finished,
    close: () => {
      closed = true;
    },
  };
}
