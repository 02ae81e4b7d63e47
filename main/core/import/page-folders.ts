import type { UploadedFile } from '../../shared/schemas.ts';
import { diskFolder, maxAssetBytes, type PageFolder } from '../assets/collect-page-assets.ts';
import type { PendingFile } from './file-source.ts';

/** A picture inside a saved page's `NAME_files/` folder (at any depth of what was dropped). */
const pageAssetPath = /(?:^|\/)[^/]+_files\/(?:[^/]+\/)*[^/]+\.(?:png|jpe?g|gif|webp|avif)$/i;
/** Base64 characters of pictures held per upload batch until its pages are imported (~190 MB of images). */
const maxHeldChars = 256 * 1024 * 1024;

/** Whether an uploaded file is a picture of a saved page, kept for that page rather than imported itself. */
export function isPageAssetUpload(path: string): boolean {
  return pageAssetPath.test(path);
}

/** The pictures uploaded in one batch, by their dropped path, for the pages of the same batch. */
export interface UploadedAssets {
  readonly add: (file: UploadedFile) => void;
  /** The folder of an uploaded page: its siblings among the uploads, looked up when the page is imported. */
  readonly folderOf: (pagePath: string) => PageFolder;
  readonly clear: () => void;
}

/** Holds a batch's uploaded pictures in memory, up to a budget (beyond it pictures become placeholders). */
export function createUploadedAssets(): UploadedAssets {
  const files = new Map<string, string>();
  let held = 0;
  return {
    add: (file) => {
      if (held + file.dataBase64.length > maxHeldChars || files.has(file.path)) return;
      held += file.dataBase64.length;
      files.set(file.path, file.dataBase64);
    },
    folderOf: (pagePath) => {
      const slash = pagePath.lastIndexOf('/');
      const base = slash < 0 ? '' : pagePath.slice(0, slash + 1);
      return {
        pagePath,
        read: (relative) => {
          const data = files.get(base + relative);
          if (data === undefined || (data.length * 3) / 4 > maxAssetBytes + 2) return Promise.resolve(null);
          return Promise.resolve(Buffer.from(data, 'base64'));
        },
      };
    },
    clear: () => {
      files.clear();
      held = 0;
    },
  };
}

/** Where the pictures of a pending page can be read: its folder on disk, or its batch's uploads. */
export function pageFolderOf(pending: PendingFile): PageFolder | null {
  if (pending.kind === 'path') return diskFolder(pending.path);
  if (pending.kind === 'upload') return pending.folder ?? null;
  return null;
}
