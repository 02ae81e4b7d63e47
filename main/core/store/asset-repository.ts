import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import type { StoredImageType } from '../assets/sniff-image-type.ts';
import { inTransaction } from './database.ts';

/** A stored image: its hash, sniffed type and size. */
export interface AssetRecord {
  readonly sha256: string;
  readonly mimeType: StoredImageType;
  readonly size: number;
}

/** One image reference of an article (normalised, see asset-reference.ts) and the asset it resolves to. */
export interface AssetLink {
  readonly reference: string;
  readonly sha256: string;
}

/** Records stored asset files; done before the article row so that no row points at a missing asset. */
export function saveAssets(db: DatabaseSync, assets: readonly AssetRecord[]): void {
  if (assets.length === 0) return;
  inTransaction(db, () => {
    const insert = db.prepare('INSERT OR IGNORE INTO assets (sha256, mime_type, size) VALUES (?, ?, ?)');
    for (const asset of assets) insert.run(asset.sha256, asset.mimeType, asset.size);
  });
}

/** Records which references of an article resolve to which assets. */
export function saveAssetLinks(db: DatabaseSync, articleId: ArticleId, links: readonly AssetLink[]): void {
  if (links.length === 0) return;
  inTransaction(db, () => {
    const insert = db.prepare(
      'INSERT OR REPLACE INTO article_assets (article_id, reference, sha256) VALUES (?, ?, ?)',
    );
    for (const link of links) insert.run(articleId, link.reference, link.sha256);
  });
}

/** The asset with this hash, or null when none is stored. */
export function findAsset(db: DatabaseSync, sha256: string): AssetRecord | null {
  const row = db.prepare('SELECT sha256, mime_type, size FROM assets WHERE sha256 = ?').get(sha256) as
    { sha256: string; mime_type: StoredImageType; size: number } | undefined;
  return row === undefined ? null : { sha256: row.sha256, mimeType: row.mime_type, size: row.size };
}

/** An article's references and their assets, for re-linking after re-cleaning. */
export function assetLinksOf(db: DatabaseSync, articleId: ArticleId): ReadonlyMap<string, string> {
  const rows = db
    .prepare('SELECT reference, sha256 FROM article_assets WHERE article_id = ?')
    .all(articleId) as { reference: string; sha256: string }[];
  return new Map(rows.map((row) => [row.reference, row.sha256]));
}
