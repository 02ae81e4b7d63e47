import { lstat, realpath, readFile, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { looksLikeMhtml, mhtmlImageParts } from '../clean/parse-mhtml.ts';
import type { AssetLink, AssetRecord } from '../store/asset-repository.ts';
import { sha256Of } from '../store/original-store.ts';
import { assetReferenceKey, assetReferenceKeys } from './asset-reference.ts';
import { imageReferences } from './link-assets.ts';
import { sniffImageType } from './sniff-image-type.ts';

/** Images larger than this are not stored (the page shows a placeholder instead). */
export const maxAssetBytes = 20 * 1024 * 1024;
/** At most this many images are stored per page, so a hostile page cannot fill the disk. */
export const maxAssetsPerPage = 500;

/** An image to store, with its bytes. */
export interface CollectedAsset {
  readonly record: AssetRecord;
  readonly bytes: Uint8Array;
}

/** The images of one page to store, and the references that resolve to them. */
export interface PageAssets {
  readonly assets: readonly CollectedAsset[];
  readonly links: readonly AssetLink[];
}

/** The files next to a saved page: on disk, or uploaded in the same batch. */
export interface PageFolder {
  /** Where the page is: an absolute path, or its path relative to what was dropped. */
  readonly pagePath: string;
  /** Reads a file by its normalised path relative to the page's folder; null when absent or not allowed. */
  readonly read: (relative: string) => Promise<Uint8Array | null>;
}

/** The saved page whose images are wanted. */
export interface AssetSource {
  /** The original bytes (an MHTML file carries its images inside). */
  readonly bytes: Uint8Array;
  /** Where a "Webpage, complete" page's NAME_files/ folder can be read, if anywhere. */
  readonly folder: PageFolder | null;
  /** The cleaned article HTML, whose image references decide what is stored. */
  readonly html: string;
  readonly pageUrl: string | null;
}

function asAsset(bytes: Uint8Array): CollectedAsset | null {
  // The type comes from the bytes only: an SVG or an HTML file named photo.jpg is never stored.
  const mimeType = sniffImageType(bytes);
  if (mimeType === null || bytes.length > maxAssetBytes) return null;
  return { record: { sha256: sha256Of(bytes), mimeType, size: bytes.length }, bytes };
}

/** The folder of a page on disk; files are read only if they resolve inside its NAME_files/ folder. */
export function diskFolder(filePath: string): PageFolder {
  const base = dirname(filePath);
  return {
    pagePath: filePath,
    read: async (relative) => {
      const folderName = relative.split('/', 1)[0] ?? '';
      try {
        // A symlinked NAME_files folder is not followed, as folders are not when importing.
        if (!(await lstat(join(base, folderName))).isDirectory()) return null;
        const [realFolder, realFile] = await Promise.all([
          realpath(join(base, folderName)),
          realpath(join(base, relative)),
        ]);
        // Symlinks are resolved first, so a link inside the folder cannot reach the rest of the disk.
        if (!realFile.startsWith(realFolder + sep)) return null;
        const info = await stat(realFile);
        if (!info.isFile() || info.size > maxAssetBytes) return null;
        return await readFile(realFile);
      } catch {
        // A missing or unreadable file is simply not saved: the reader shows a placeholder.
        return null;
      }
    },
  };
}

async function folderAssets(source: AssetSource, folder: PageFolder): Promise<Map<string, CollectedAsset>> {
  const name = folder.pagePath.split(/[/\\]/).pop() ?? '';
  const folderName = `${name.replace(/\.[^.]*$/, '')}_files`;
  const found = new Map<string, CollectedAsset>();
  for (const raw of imageReferences(source.html)) {
    const key = assetReferenceKey(raw);
    if (key === null || found.has(key) || !key.startsWith(`${folderName}/`)) continue;
    if (found.size >= maxAssetsPerPage) break;
    const bytes = await folder.read(key);
    const asset = bytes === null ? null : asAsset(bytes);
    if (asset !== null) found.set(key, asset);
  }
  return found;
}

function mhtmlAssets(source: AssetSource): Map<string, CollectedAsset> {
  const parts = new Map<string, Uint8Array>();
  for (const part of mhtmlImageParts(source.bytes)) {
    const key = assetReferenceKey(part.location);
    if (key !== null && !parts.has(key)) parts.set(key, part.bytes);
  }
  const found = new Map<string, CollectedAsset>();
  for (const raw of imageReferences(source.html)) {
    const key = assetReferenceKeys(raw, source.pageUrl).find((candidate) => parts.has(candidate));
    if (key === undefined || found.has(key)) continue;
    if (found.size >= maxAssetsPerPage) break;
    const bytes = parts.get(key);
    const asset = bytes === undefined ? null : asAsset(bytes);
    if (asset !== null) found.set(key, asset);
  }
  return found;
}

/** Finds the stored-to-be images of a page: MHTML image parts, or files of a saved page's `NAME_files/` folder. */
export async function collectPageAssets(source: AssetSource): Promise<PageAssets> {
  if (source.html === '') return { assets: [], links: [] };
  let found: Map<string, CollectedAsset>;
  if (looksLikeMhtml(source.bytes)) found = mhtmlAssets(source);
  else if (source.folder !== null) found = await folderAssets(source, source.folder);
  else return { assets: [], links: [] };
  const links = [...found].map(([reference, asset]) => ({ reference, sha256: asset.record.sha256 }));
  const unique = new Map([...found.values()].map((asset) => [asset.record.sha256, asset]));
  return { assets: [...unique.values()], links };
}
