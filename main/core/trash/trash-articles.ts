import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import { forgetVersionIndex } from '../links/version-index.ts';
import type { ArticleSearch } from '../search/article-search.ts';
import { indexableArticles, type IndexableArticle } from '../store/article-repository.ts';
import { uncountFeatures } from '../store/related-document-counts.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { insertTrashEntry } from '../store/trash-repository.ts';
import { deleteSnapshotRows, takeSnapshot, type SnapshotValue } from './article-snapshot.ts';

/**
 * What the Trash tells the related-stories engine (related-api.ts gives these) as articles leave and
 * come back: the Trash moves the document counts, the engine keeps the features read from them right.
 */
export interface TrashHooks {
  /** Which term count changes are recorded as the Trash moves the counts (store/related-repository.ts). */
  readonly countWatch: TermCountWatch;
  /** Called before articles leave for the Trash or come back, outside any transaction. */
  readonly beforeMove: () => void;
  /** Called after articles came back, with the ids they were restored under. */
  readonly afterRestore: (ids: readonly ArticleId[]) => void;
}

/** What moving articles to the Trash needs from the library. */
export interface TrashContext {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly search: ArticleSearch;
  readonly now: () => Date;
  readonly hooks: TrashHooks;
}

/** The fields the search index has of one article, or null when it is not in the library. */
export function indexableArticle(db: DatabaseSync, id: number): IndexableArticle | null {
  for (const article of indexableArticles(db, id - 1)) return article.id === id ? article : null;
  return null;
}

function text(value: SnapshotValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Snapshots each article's rows into the trash and deletes them, inside the caller's transaction,
 * so a failure part-way leaves every article as it was. Returns the ids actually trashed.
 */
export function trashInTransaction(
  db: DatabaseSync,
  ids: readonly ArticleId[],
  trashedAt: string,
  countWatch: TermCountWatch,
): ArticleId[] {
  const trashed: ArticleId[] = [];
  for (const id of new Set(ids)) {
    const snapshot = takeSnapshot(db, id);
    if (snapshot === null) continue;
    const own = snapshot.tables[0]?.rows[0] ?? {};
    const assets = snapshot.tables.find((t) => t.table === 'article_assets')?.rows ?? [];
    insertTrashEntry(db, {
      articleId: id,
      title: text(own['title']) ?? '',
      siteName: text(own['site_name']),
      originalSha256: text(own['original_sha256']) ?? '',
      assetSha256s: [...new Set(assets.map((row) => text(row['sha256'])).filter((sha) => sha !== null))],
      trashedAt,
      snapshot,
    });
    // Its names and words stop counting towards how common others' are (related-stories rarity).
    uncountFeatures(db, id, countWatch);
    deleteSnapshotRows(db, snapshot);
    trashed.push(id);
  }
  return trashed;
}

/**
 * Runs a change that trashes articles: tells the hooks first, drops them from the search index (the
 * index reads their text to forget it), then runs `change` in one transaction, putting them back if
 * it fails.
 */
export function withSearchUpdated<T>(context: TrashContext, ids: readonly ArticleId[], change: () => T): T {
  const { db, search } = context;
  context.hooks.beforeMove();
  const removed = ids.map((id) => indexableArticle(db, id)).filter((a) => a !== null);
  for (const article of removed) search.remove(article.id);
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = change();
    db.exec('COMMIT');
    forgetVersionIndex(db);
    void search.persist();
    return value;
  } catch (error) {
    db.exec('ROLLBACK');
    for (const article of removed) search.add(article);
    throw error;
  }
}

/** Moves articles to the Trash (all in one transaction); returns how many were there to move. */
export function trashArticles(context: TrashContext, ids: readonly ArticleId[]): number {
  const trashedAt = context.now().toISOString();
  return withSearchUpdated(context, ids, () =>
    trashInTransaction(context.db, ids, trashedAt, context.hooks.countWatch),
  ).length;
}
