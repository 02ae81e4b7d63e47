import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './prepared-statements.ts';

// Rows of related_pending_keys (issue 6): the term keys whose document count has crossed a step since
// the articles keeping them computed their features, with the count it crossed to. The catch-up
// recomputes those articles in the background (features-catch-up.ts) and then forgets the key, unless
// it was marked again meanwhile (`marks` counts the crossings: a count that went up a step and back
// down reads the same count, but not the same marks). Kept in the library, not in memory, so that a
// library closed before the catch-up finished picks up at the next open.

/** A term key waiting for the articles that keep it to be recomputed. */
export interface PendingKey {
  readonly key: string;
  /** The document count it had when it last crossed a step. */
  readonly df: number;
  /** How many times it has crossed a step since it was first marked. */
  readonly marks: number;
}

/** Records that a key's count has crossed a step (to `df`); a key already waiting takes the new count. */
export function markPendingKey(db: DatabaseSync, key: string, df: number): void {
  prepared(
    db,
    `INSERT INTO related_pending_keys (key, df) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET df = excluded.df, marks = marks + 1`,
  ).run(key, df);
}

/** Whether any key is waiting. */
export function hasPendingKeys(db: DatabaseSync): boolean {
  return prepared(db, 'SELECT 1 FROM related_pending_keys LIMIT 1').get() !== undefined;
}

/** Every key waiting, in key order. */
export function pendingKeys(db: DatabaseSync): PendingKey[] {
  return prepared(
    db,
    'SELECT key, df, marks FROM related_pending_keys ORDER BY key',
  ).all() as unknown as PendingKey[];
}

/** Forgets a key, unless it has crossed a step again since it was read (it was marked again). */
export function forgetPendingKey(db: DatabaseSync, pending: PendingKey): void {
  prepared(db, 'DELETE FROM related_pending_keys WHERE key = ? AND marks = ?').run(
    pending.key,
    pending.marks,
  );
}

/** How many keys are waiting. */
export function pendingKeyCount(db: DatabaseSync): number {
  const row = prepared(db, 'SELECT count(*) AS n FROM related_pending_keys').get() as { n: number };
  return row.n;
}

/** The articles keeping a key among their features, in id order. */
export function articlesKeeping(db: DatabaseSync, key: string): number[] {
  const rows = prepared(db, 'SELECT article_id FROM related_features WHERE key = ? ORDER BY article_id').all(
    key,
  ) as { article_id: number }[];
  return rows.map((row) => row.article_id);
}
