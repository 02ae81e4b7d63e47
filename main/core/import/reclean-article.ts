import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ArticleDetail, ArticleSummary, CleaningOptions } from '../../shared/types.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import { relinkPageAssets } from '../assets/save-page-assets.ts';
import { cleanPage } from '../clean/clean-page.ts';
import type { ArticleSearch } from '../search/article-search.ts';
import { reanchorMentions } from '../entities/reanchor-mentions.ts';
import { rerelateArticle } from '../links/rerelate-article.ts';
import { getDetail, getOriginalLocation, getText, indexableArticles } from '../store/article-repository.ts';
import { updateCleanedArticle } from '../store/cleaning-repository.ts';
import { readOriginal } from '../store/original-store.ts';

/** What re-cleaning one article needs from the library. */
export interface RecleanContext {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly search: ArticleSearch;
  /** Called after an article's cleaned text changed (its mentions are already re-anchored). */
  readonly onTextChanged?: (id: ArticleId) => void;
}

/**
 * Cleans an article again from its stored original with new options, stores the result and
 * its report, and re-indexes it. One page, so it runs on the calling thread rather than the pool.
 */
export async function recleanArticle(
  context: RecleanContext,
  id: ArticleId,
  options: CleaningOptions,
): Promise<Result<ArticleDetail>> {
  const { dir, db, search } = context;
  const location = getOriginalLocation(db, id);
  if (location === null) return fail('not-found', `No article ${id}`);
  let bytes: Uint8Array;
  try {
    bytes = await readOriginal(dir, location.path);
  } catch (error) {
    return fail('unreadable', `Cannot read the original of article ${id}: ${String(error)}`);
  }
  const before = getDetail(db, id);
  if (before === null) return fail('not-found', `No article ${id}`);
  const cleaned = cleanPage({ bytes, fileName: before.provenance.fileName }, options);
  if (!cleaned.ok) return cleaned;
  storeRecleaned(context, before, cleaned.value, options);
  void search.persist();
  const after = getDetail(db, id);
  return after === null ? fail('not-found', `No article ${id}`) : ok(after);
}

/** Stores a re-cleaned page over an article (one transaction) and re-indexes its new text; the caller persists the index. */
export function storeRecleaned(
  context: RecleanContext,
  before: ArticleSummary,
  page: CleanedPage,
  options: CleaningOptions,
): void {
  const oldText = getText(context.db, before.id);
  updateCleanedArticle(context.db, before.id, relinkPageAssets(context.db, before.id, page), options);
  const copies = rerelateArticle(context.db, before.id, page).filter((id) => id !== before.id);
  if (oldText !== page.text) {
    reanchorMentions(context.db, before.id, page.text);
    context.onTextChanged?.(before.id);
  }
  context.search.update({
    id: before.id,
    title: before.title,
    byline: before.byline ?? '',
    siteName: before.siteName ?? '',
    text: page.text,
  });
  // A new URL or text leaves old copies and finds new ones: their "is:duplicate" flags change too.
  for (const id of copies) {
    for (const article of indexableArticles(context.db, id - 1)) {
      if (article.id === id) context.search.update(article);
      break;
    }
  }
}
