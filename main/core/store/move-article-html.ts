import { runInTurns, type BackgroundTurns, type BackgroundWorkOptions } from '../background-turns.ts';
import { htmlMoveCursor, moveHtmlAfter } from './article-html-repository.ts';

// The HTML of articles stored before schema 15, moved out of their rows after open (migrations.ts
// says why), in turns short enough that the UI never waits on it. Each step is one transaction with
// its cursor, so closing or a crash half-way loses nothing and the next open goes on from there.

/** How long one turn may hold the thread, in ms (each turn does at least one step). */
const turnMs = 8;
/** Articles per step: each rewrites a row and copies its HTML (~150 µs of CPU per article at 100k). */
const articlesPerStep = 20;

/** Starts moving the HTML of older articles out of their rows, if a migration left it to do. */
export function startArticleHtmlMove(options: BackgroundWorkOptions): BackgroundTurns {
  const { db, logger } = options;
  const { articles: stepSize, ms: budgetMs } = options.slice ?? { articles: articlesPerStep, ms: turnMs };
  let logged = false;
  return runInTurns({
    db,
    schedule: options.schedule,
    // True once no article's HTML is left in its row (at once when none was).
    turn: () => {
      let cursor = htmlMoveCursor(db);
      if (cursor === null) return true;
      if (!logged) logger.info('Moving article HTML out of the article rows', { after: cursor });
      logged = true;
      const deadline = performance.now() + budgetMs;
      do cursor = moveHtmlAfter(db, cursor, stepSize);
      while (cursor !== null && performance.now() < deadline);
      if (cursor !== null) return null;
      logger.info('Article HTML moved out of the article rows');
      return true;
    },
    // Not fatal: an article not yet moved is read from its row, and the next open goes on.
    failed: (error) => {
      logger.error('Moving article HTML out of the article rows failed', { error: String(error) });
    },
  });
}
