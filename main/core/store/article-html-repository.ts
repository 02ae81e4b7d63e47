import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './database.ts';
import { prepared } from './prepared-statements.ts';

// An article's HTML lives in article_html; articles.html is '' for every article written since
// schema 15 and for every older one once moved (migrations.ts says why). Until then it is in the row.

/** The id after which articles still have their HTML in their row, or null when none is left to move. */
export function htmlMoveCursor(db: DatabaseSync): number | null {
  const row = prepared(db, 'SELECT after_id FROM article_html_move WHERE id = 1').get() as
    { after_id: number } | undefined;
  return row?.after_id ?? null;
}

/**
 * Moves the HTML of up to `limit` articles after `afterId` out of their rows, in one transaction with
 * the cursor, and returns the last id passed; null (and the move marked done) when none is left.
 */
export function moveHtmlAfter(db: DatabaseSync, afterId: number, limit: number): number | null {
  return inTransaction(db, () => {
    const row = prepared(
      db,
      'SELECT max(id) AS last FROM (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?)',
    ).get(afterId, limit) as { last: number | null } | undefined;
    const last = row?.last ?? null;
    if (last === null) {
      prepared(db, 'DELETE FROM article_html_move').run();
      return null;
    }
    moveHtmlBetween(db, afterId, last);
    prepared(db, 'UPDATE article_html_move SET after_id = ? WHERE id = 1').run(last);
    return last;
  });
}

function moveHtmlBetween(db: DatabaseSync, afterId: number, lastId: number): void {
  // A row written since schema 15 holds '' and is skipped; an article_html row already there
  // (re-cleaned meanwhile) is newer than the row's copy, which is then only emptied.
  prepared(
    db,
    `INSERT OR IGNORE INTO article_html (article_id, html)
       SELECT id, html FROM articles WHERE id > ? AND id <= ? AND html <> ''`,
  ).run(afterId, lastId);
  prepared(db, `UPDATE articles SET html = '' WHERE id > ? AND id <= ? AND html <> ''`).run(afterId, lastId);
}

/**
 * Moves the HTML of these articles out of their rows, inside the caller's transaction: for articles
 * put back from the trash, whose snapshot may carry their HTML in the row (taken before the move).
 */
export function moveHtmlOf(db: DatabaseSync, ids: Iterable<number>): void {
  for (const id of ids) moveHtmlBetween(db, id - 1, id);
}
