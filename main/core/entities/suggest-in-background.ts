import type { DatabaseSync } from 'node:sqlite';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { Result } from '../../shared/result.ts';
import type { Logger } from '../logger.ts';
import { inTransaction } from '../store/database.ts';
import { articlesToSuggest, replaceOpenSuggestions } from '../store/suggestion-repository.ts';
import type { SuggestedEntity } from './entity-types.ts';

/** Bump when the suggester's rules change, so every article is suggested again in the background. */
export const SUGGESTER_VERSION = 3;

/** Suggests entities for articles one at a time, off the main thread, after imports and re-cleans. */
export interface BackgroundSuggester {
  /** Queues an article (again, if its text changed); a queued article runs once. */
  readonly enqueue: (id: ArticleId) => void;
  /** Queues every article without a run of the current SUGGESTER_VERSION. */
  readonly catchUp: () => void;
  /** Queues every article of the library again (on demand) and returns how many were queued. */
  readonly suggestAll: () => number;
  /** Resolves when the queue is empty (for tests and closing). */
  readonly idle: () => Promise<void>;
  /** Stops after the article in flight. */
  readonly close: () => Promise<void>;
}

/** What the background suggester needs. */
export interface BackgroundSuggesterOptions {
  readonly db: DatabaseSync;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Runs suggestEntities off the main thread (the clean pool's low-priority lane). */
  readonly suggest: (text: string, lang: string | null, label: string) => Promise<Result<SuggestedEntity[]>>;
  /** Called when an article's suggestions are stored. */
  readonly onSuggested: (id: ArticleId) => void;
}

function articleText(db: DatabaseSync, id: number): { text: string; lang: string | null } | null {
  const row = db.prepare('SELECT text, lang FROM articles WHERE id = ?').get(id) as
    { text: string; lang: string | null } | undefined;
  return row ?? null;
}

/** Creates the background suggester of a library. */
export function createBackgroundSuggester(options: BackgroundSuggesterOptions): BackgroundSuggester {
  const { db, now, logger, suggest, onSuggested } = options;
  const queue = new Set<ArticleId>();
  let running: Promise<void> | null = null;
  let closed = false;

  const suggestOne = async (id: ArticleId): Promise<void> => {
    const before = articleText(db, id);
    if (before === null) return;
    const suggested = await suggest(before.text, before.lang, `article ${id}`);
    if (!suggested.ok) {
      if (suggested.error.code !== 'cancelled')
        logger.warn('Suggesting entities failed', { id, error: suggested.error.message });
      return;
    }
    // A re-clean while the worker ran queued the article again; these offsets would be stale.
    if (closed || articleText(db, id)?.text !== before.text) return;
    inTransaction(db, () =>
      replaceOpenSuggestions(db, id, suggested.value, {
        version: SUGGESTER_VERSION,
        ranAt: now().toISOString(),
      }),
    );
    onSuggested(id);
  };

  const drain = async (): Promise<void> => {
    for (;;) {
      const next = closed ? undefined : queue.values().next().value;
      if (next === undefined) return;
      queue.delete(next);
      await suggestOne(next).catch((error: unknown) => {
        logger.error('Suggesting entities threw', { id: next, error: String(error) });
      });
    }
  };

  const start = (): void => {
    running ??= drain().finally(() => {
      running = null;
      // An article queued while the last one finished is picked up here.
      if (!closed && queue.size > 0) start();
    });
  };

  const enqueue: BackgroundSuggester['enqueue'] = (id) => {
    if (closed) return;
    queue.add(id);
    start();
  };

  const idle = async (): Promise<void> => {
    while (running !== null) await running;
  };

  return {
    enqueue,
    catchUp: () => {
      for (const id of articlesToSuggest(db, SUGGESTER_VERSION)) enqueue(id);
    },
    suggestAll: () => {
      const rows = db.prepare('SELECT id FROM articles ORDER BY id').all() as unknown as { id: number }[];
      for (const row of rows) enqueue(toArticleId(row.id));
      // Not queue.size: draining starts at once and takes the first article off the queue.
      return closed ? 0 : rows.length;
    },
    idle,
    close: async () => {
      closed = true;
      queue.clear();
      await idle();
    },
  };
}
