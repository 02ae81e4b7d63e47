import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './prepared-statements.ts';

// Rows of related_pending_keys (issue 6): the term keys whose document count has crossed a step since
// the articles keeping them computed their features, with the count it crossed to. The catch-up
// recomputes those articles in the background (features-catch-up.ts) and then forgets the key, unless
// it crossed another step meanwhile (its count then differs). Kept in the library, not in memory, so
// that a library closed before the catch-up finished picks up at the next open.

/** A term key waiting for the articles that keep it to be recomputed. */
export interface PendingKey {
  readonly key: string;
  /** The document count it had when it last crossed a step. */
  readonly df: number;
}

/** Records that a key's count has crossed a step (to `df`); a key already waiting takes the new count. */
export function markPendingKey(db: DatabaseSync, key: string, df: number): void {
  prepared(
    db,
    'INSERT INTO related_pending_keys (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = excluded.df',
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
    'SELECT key, df FROM related_pending_keys ORDER BY key',
  ).all() as unknown as PendingKey[];
}

/** Forgets a key, unless it has crossed another step since it was read (its count then differs). */
export function forgetPendingKey(db: DatabaseSync, pending: PendingKey): void {
  prepared(db, 'DELETE FROM related_pending_keys WHERE key = ? AND df = ?').run(pending.key, pending.df);
}

/** The articles keeping a key among their features, in id order. */
export function articlesKeeping(db: DatabaseSync, key: string): number[] {
  const rows = prepared(db, 'SELECT article_id FROM related_features WHERE key = ? ORDER BY article_id').all(
    key,
  ) as { article_id: number }[];
  return rows.map((row) => row.article_id);
}
