import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import type { CleaningOptions, CleaningReport, RemovedBlockInfo, RemovedKind } from '../../shared/types.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import { inTransaction } from './database.ts';

/** No rule switched off, no block kept: how every article is first cleaned. */
export const defaultCleaningOptions: CleaningOptions = { disabledRules: [], keptBlocks: [] };

/** Replaces an article's stored removals and options (call inside the caller's transaction). */
export function saveCleaningReport(
  db: DatabaseSync,
  id: ArticleId,
  removed: readonly RemovedBlockInfo[],
  options: CleaningOptions,
): void {
  db.prepare('DELETE FROM removed_blocks WHERE article_id = ?').run(id);
  const insert = db.prepare(
    'INSERT INTO removed_blocks (article_id, position, block_id, rule, kind, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  removed.forEach((block, position) =>
    insert.run(id, position, block.id, block.rule, block.kind, block.text),
  );
  db.prepare(
    `INSERT INTO cleaning_options (article_id, disabled_rules, kept_blocks) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET disabled_rules = excluded.disabled_rules, kept_blocks = excluded.kept_blocks`,
  ).run(id, JSON.stringify(options.disabledRules), JSON.stringify(options.keptBlocks));
}

/** The stored cleaning report of an article, or null when there is no such article. */
export function getCleaningReport(db: DatabaseSync, id: ArticleId): CleaningReport | null {
  const article = db.prepare('SELECT cleaner_version FROM articles WHERE id = ?').get(id) as
    { cleaner_version: number } | undefined;
  if (article === undefined) return null;
  const removed = (
    db
      .prepare('SELECT block_id, rule, kind, text FROM removed_blocks WHERE article_id = ? ORDER BY position')
      .all(id) as unknown as { block_id: string; rule: string; kind: RemovedKind; text: string }[]
  ).map((row) => ({ id: row.block_id, rule: row.rule, kind: row.kind, text: row.text }));
  const counts: Partial<Record<RemovedKind, number>> = {};
  for (const block of removed) counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  return {
    articleId: id,
    cleanerVersion: article.cleaner_version,
    removed,
    counts,
    ...getCleaningOptions(db, id),
  };
}

/** The options an article was last cleaned with (defaults for articles imported before reports were kept). */
export function getCleaningOptions(db: DatabaseSync, id: ArticleId): CleaningOptions {
  const row = db
    .prepare('SELECT disabled_rules, kept_blocks FROM cleaning_options WHERE article_id = ?')
    .get(id) as { disabled_rules: string; kept_blocks: string } | undefined;
  if (row === undefined) return defaultCleaningOptions;
  // Written only by saveCleaningReport from validated string arrays.
  return {
    disabledRules: JSON.parse(row.disabled_rules) as string[],
    keptBlocks: JSON.parse(row.kept_blocks) as string[],
  };
}

/** Stores a re-cleaned page over an article's cleaned fields and report, in one transaction. */
export function updateCleanedArticle(
  db: DatabaseSync,
  id: ArticleId,
  page: CleanedPage,
  options: CleaningOptions,
): void {
  inTransaction(db, () => {
    db.prepare(
      `UPDATE articles SET status = ?, word_count = ?, html = '', text = ?, cleaner_version = ? WHERE id = ?`,
    ).run(page.status, page.wordCount, page.text, page.cleanerVersion, id);
    db.prepare('INSERT OR REPLACE INTO article_html (article_id, html) VALUES (?, ?)').run(id, page.html);
    saveCleaningReport(db, id, page.removed, options);
  });
}
