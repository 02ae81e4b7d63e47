import type { DatabaseSync } from 'node:sqlite';
import { savePageAssets, type PageWithAssets } from '../assets/save-page-assets.ts';
import type { ArticleId } from '../../shared/ids.ts';
import type { ImportOutcome } from '../../shared/types.ts';
import { relateNewArticle, saveRelations } from '../links/article-relations.ts';
import type { Logger } from '../logger.ts';
import type { ArticleSearch } from '../search/article-search.ts';
import { findBySha256, insertArticle } from '../store/article-repository.ts';
import { saveAssetLinks } from '../store/asset-repository.ts';
import { inTransaction } from '../store/database.ts';
import { writeFailure } from '../store/disk-errors.ts';
import { sha256Of, storeOriginal } from '../store/original-store.ts';
import type { CleanPool } from './clean-pool.ts';
import { pageFolderOf } from './page-folders.ts';
import { displayName, loadPendingFile, type PendingFile } from './file-source.ts';

/** What ingesting a file needs from the library. */
export interface IngestContext {
  readonly dir: string;
  readonly db: DatabaseSync;
  readonly pool: CleanPool;
  readonly search: ArticleSearch;
  readonly now: () => Date;
  readonly maxFileBytes: number;
  readonly logger: Logger;
}

/**
 * Imports one file: read, hash, skip duplicates, clean in a worker, store the original durably,
 * then commit the article in its own transaction and index it. Expected failures are outcomes.
 */
export async function ingestFile(context: IngestContext, pending: PendingFile): Promise<ImportOutcome> {
  const { dir, db, pool, search, now, maxFileBytes, logger } = context;
  const file = displayName(pending);
  const loaded = await loadPendingFile(pending, maxFileBytes);
  if (!loaded.ok) return { file, status: 'failed', error: loaded.error };
  const { bytes, fileName, filePath, modifiedAt } = loaded.value;
  const sha256 = sha256Of(bytes);
  const existing = findBySha256(db, sha256);
  if (existing !== null) return { file, status: 'duplicate', duplicateOf: existing };

  const cleaned = await pool.clean(bytes, fileName);
  if (!cleaned.ok) return { file, status: 'failed', error: cleaned.error };
  // Images from the page's NAME_files/ folder (disk imports only) or its MHTML parts.
  const source = { bytes, folder: pageFolderOf(pending), page: cleaned.value };
  let withAssets: PageWithAssets;
  try {
    withAssets = await savePageAssets({ dir, db, logger }, source);
  } catch (error) {
    logger.error('Could not store the images of a page', { file, error: String(error) });
    return { file, status: 'failed', error: writeFailure('Cannot store the images of the page', error) };
  }

  let storedPath: string;
  try {
    storedPath = await storeOriginal(dir, sha256, bytes);
  } catch (error) {
    logger.error('Could not store an original', { file, error: String(error) });
    return { file, status: 'failed', error: writeFailure('Cannot store the original', error) };
  }
  // The same bytes may have been committed by another file of the batch while this one was
  // cleaning; checking again in the same synchronous step as the insert closes that race.
  const raced = findBySha256(db, sha256);
  if (raced !== null) return { file, status: 'duplicate', duplicateOf: raced };
  const page = withAssets.page;
  // Looked up, inserted and saved in one synchronous step, so files of a batch cannot interleave.
  const relations = relateNewArticle(db, page);
  let id: ArticleId;
  try {
    // One transaction: a full disk (or any failure) leaves the whole article or nothing. The original
    // stays behind as an orphan for `dossier check --repair`; deleting it here could race a file of
    // the batch with the same bytes that is about to commit.
    id = inTransaction(db, () => {
      const inserted = insertArticle(db, page, {
        sha256,
        size: bytes.length,
        storedPath,
        fileName,
        filePath,
        modifiedAt,
        addedAt: now().toISOString(),
      });
      saveRelations(db, inserted, relations);
      saveAssetLinks(db, inserted, withAssets.links);
      return inserted;
    });
  } catch (error) {
    logger.error('Could not commit an article', { file, error: String(error) });
    return { file, status: 'failed', error: writeFailure('Cannot save the article', error) };
  }
  search.add({
    id,
    title: page.title,
    byline: page.byline ?? '',
    siteName: page.siteName ?? '',
    text: page.text,
  });
  return relations.sameUrlAs === null
    ? { file, status: 'imported', id }
    : { file, status: 'imported', id, sameUrlAs: relations.sameUrlAs };
}
