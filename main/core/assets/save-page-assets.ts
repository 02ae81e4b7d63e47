import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import type { Logger } from '../logger.ts';
import { assetLinksOf, findAsset, saveAssets, type AssetLink } from '../store/asset-repository.ts';
import { readAssetFile, sha256Pattern, storeAssetFile } from '../store/asset-store.ts';
import { isDiskFull } from '../store/disk-errors.ts';
import { collectPageAssets, type PageFolder } from './collect-page-assets.ts';
import { linkAssets } from './link-assets.ts';
import { sniffImageType, type StoredImageType } from './sniff-image-type.ts';

/** A cleaned page whose images were stored, and the links to record once the article has an id. */
export interface PageWithAssets {
  readonly page: CleanedPage;
  readonly links: readonly AssetLink[];
}

/**
 * Stores a page's images (MHTML parts, or its `NAME_files/` folder when imported from disk)
 * and points the article HTML at them. A failure to store costs the pictures, not the article
 * (except a full disk, which is thrown).
 */
export async function savePageAssets(
  context: { readonly dir: string; readonly db: DatabaseSync; readonly logger: Logger },
  source: { readonly bytes: Uint8Array; readonly folder: PageFolder | null; readonly page: CleanedPage },
): Promise<PageWithAssets> {
  const { dir, db, logger } = context;
  const { page } = source;
  try {
    const found = await collectPageAssets({ ...source, html: page.html, pageUrl: page.url });
    if (found.links.length === 0) return { page, links: [] };
    for (const asset of found.assets) await storeAssetFile(dir, asset.record.sha256, asset.bytes);
    saveAssets(
      db,
      found.assets.map((asset) => asset.record),
    );
    const links = new Map(found.links.map((link) => [link.reference, link.sha256]));
    return { page: { ...page, html: linkAssets(page.html, page.url, links) }, links: found.links };
  } catch (error) {
    // A full disk fails the whole file: imported without its pictures, a re-import would skip it.
    if (isDiskFull(error)) throw error;
    logger.warn('Could not store the images of a page', { error: String(error) });
    return { page, links: [] };
  }
}

/** A stored image as served to the reader. */
export interface AssetContent {
  readonly bytes: Uint8Array;
  readonly mimeType: StoredImageType;
}

/** Reads a stored image by hash; anything but a 64-hex hash of a stored asset is not-found. */
export async function readStoredAsset(
  dir: string,
  db: DatabaseSync,
  sha256: string,
): Promise<Result<AssetContent>> {
  if (!sha256Pattern.test(sha256)) return fail('not-found', 'Not an asset name');
  const record = findAsset(db, sha256);
  if (record === null) return fail('not-found', `No asset ${sha256}`);
  let bytes: Uint8Array;
  try {
    bytes = await readAssetFile(dir, sha256);
  } catch (error) {
    return fail('unreadable', `Cannot read asset ${sha256}: ${String(error)}`);
  }
  // Sniffed again on the way out: a file changed on disk must still never be served as something else.
  const mimeType = sniffImageType(bytes);
  return mimeType === record.mimeType
    ? ok({ bytes, mimeType })
    : fail('unreadable', `Asset ${sha256} changed`);
}

/** A re-cleaned page with its images pointed at the assets stored when it was imported. */
export function relinkPageAssets(db: DatabaseSync, articleId: ArticleId, page: CleanedPage): CleanedPage {
  const links = assetLinksOf(db, articleId);
  return links.size === 0 ? page : { ...page, html: linkAssets(page.html, page.url, links) };
}
