import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { RestoreArticlesOutcome } from '../../shared/trash-types.ts';
import { forgetVersionIndex } from '../links/version-index.ts';
import { moveHtmlOf } from '../store/article-html-repository.ts';
import { inTransaction } from '../store/database.ts';
import { recountFeatures } from '../store/related-document-counts.ts';
import { deleteTrashEntries, trashEntries } from '../store/trash-repository.ts';
import { restoreSnapshots } from './restore-snapshots.ts';
import { indexableArticle, type TrashContext } from './trash-articles.ts';

/**
 * Puts trashed articles back with everything they had, and back into search; the hooks are told
 * before and after (with the ids the articles came back under).
 */
export function restoreArticles(context: TrashContext, ids: readonly ArticleId[]): RestoreArticlesOutcome {
  const { db, search, hooks } = context;
  hooks.beforeMove();
  const outcome = inTransaction(db, () => {
    const entries = trashEntries(db, ids);
    const restored = restoreSnapshots(
      db,
      entries.map((entry) => entry.snapshot),
    );
    for (const id of restored.restored.values()) recountFeatures(db, id, hooks.countWatch);
    // A snapshot taken before its article's HTML was moved out of the row carries it there.
    moveHtmlOf(db, restored.restored.values());
    const skipped = new Set(restored.skipped);
    deleteTrashEntries(
      db,
      entries.filter((entry) => !skipped.has(entry.articleId)).map((entry) => entry.id),
    );
    return restored;
  });
  forgetVersionIndex(db);
  const newIds = [...outcome.restored.values()].map(toArticleId);
  for (const id of newIds) {
    const article = indexableArticle(db, id);
    if (article !== null) search.add(article);
  }
  void search.persist();
  hooks.afterRestore(newIds);
  return {
    restored: newIds.length,
    ids: newIds,
    droppedLinks: outcome.dropped.get('article_links') ?? 0,
    skipped: outcome.skipped.length,
  };
}
