import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { UploadedFile } from '../../shared/schemas.ts';
import type { PageFolder } from '../assets/collect-page-assets.ts';
import { judgeFolderLink } from './folder-links.ts';
import { sizeInWords, tooLargeMessage } from './size-words.ts';

/** A file waiting in a batch: a path on this machine, or bytes a browser sent. */
export type PendingFile =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'upload'; readonly file: UploadedFile; readonly folder?: PageFolder }
  | { readonly kind: 'unreadable-folder'; readonly path: string; readonly message: string }
  /** Found in a folder but not imported (a link out of it, a pipe): failed as unreadable, with why. */
  | { readonly kind: 'skipped'; readonly path: string; readonly message: string };

/** A file's bytes and where they came from. */
export interface LoadedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly filePath: string;
  readonly modifiedAt: string | null;
}

/** Extensions taken from inside folders; files named explicitly are always tried. */
const folderExtensions = new Set(['.html', '.htm', '.xhtml', '.mhtml', '.mht', '.txt', '.md']);

/** How a pending file is named in outcomes and progress. */
export function displayName(file: PendingFile): string {
  return file.kind === 'upload' ? file.file.path : file.path;
}

/**
 * Expands the given paths: folders recursively to their saved-page files (sorted by name),
 * anything else as itself, so a missing file still gets an 'unreadable' outcome.
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<PendingFile> {
  for (const given of paths) {
    const path = resolve(given);
    // A path that cannot be stat'ed is not lost: it is tried as a file, and reading it
    // reports the error as that file's 'unreadable' outcome.
    const info = await stat(path).catch(() => null);
    // Links inside are judged against the folder's real place, so dropping a link to a folder works.
    if (info?.isDirectory() === true) yield* walkFolder(path, await realpath(path).catch(() => path));
    else yield { kind: 'path', path };
  }
}

async function* walkFolder(folder: string, root: string): AsyncGenerator<PendingFile> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield {
      kind: 'unreadable-folder',
      path: folder,
      message: `Cannot read the folder ${errnoReason(folder, error)}`,
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const isPageName = folderExtensions.has(extname(entry.name).toLowerCase());
    // A symlink is never a directory entry here (withFileTypes does not follow), so links cannot loop.
    if (entry.isDirectory()) yield* walkFolder(path, root);
    else if (entry.isSymbolicLink()) {
      const verdict = await judgeFolderLink(path, root, isPageName);
      if (verdict.kind === 'take') yield { kind: 'path', path };
      else if (verdict.kind === 'skip') yield { kind: 'skipped', path, message: verdict.message };
    } else if (isPageName) {
      // A pipe named page.html would block a read forever: it is reported, never opened.
      yield entry.isFile()
        ? { kind: 'path', path }
        : {
            kind: 'skipped',
            path,
            message: `${path} is not a regular file (a pipe, socket or device); it was skipped`,
          };
    }
  }
}

/**
 * The file's name and why it could not be read ("page.html: permission denied (EACCES)"). Named once,
 * by name: the outcome lists its path beside the reason, and Node's own message repeats it.
 */
function errnoReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node writes "EACCES: permission denied, open '/the/path'": the words between code and call.
  const words = /^[A-Z0-9_]+: ([^,]+),/u.exec(message)?.[1] ?? message.replaceAll(path, basename(path));
  return `${basename(path)}: ${words}${code === undefined ? '' : ` (${code})`}`;
}

function errnoMessage(path: string, error: unknown): string {
  return `Cannot read ${errnoReason(path, error)}`;
}

async function loadPath(path: string, maxBytes: number): Promise<Result<LoadedFile>> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return fail('unreadable', errnoMessage(path, error));
  }
  if (!info.isFile()) return fail('unreadable', `${path} is not a regular file`);
  // The outcome lists the file's path beside its reason, so a size reason names the file once, by name.
  const name = basename(path);
  if (info.size > maxBytes) return fail('too-large', tooLargeMessage(name, info.size, maxBytes));
  if (info.size === 0) return fail('empty', `${name} is empty`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail('unreadable', errnoMessage(path, error));
  }
  // The file may have grown since stat.
  if (bytes.length > maxBytes) return fail('too-large', tooLargeMessage(name, bytes.length, maxBytes));
  return ok({ bytes, fileName: name, filePath: path, modifiedAt: info.mtime.toISOString() });
}

function loadUpload(file: UploadedFile, maxBytes: number): Result<LoadedFile> {
  // Too large for one upload, so the browser sent its size alone (renderer/api/upload-chunks.ts).
  if (file.size !== undefined) {
    if (file.size > maxBytes) return fail('too-large', tooLargeMessage(file.name, file.size, maxBytes));
    return fail(
      'unreadable',
      `${file.name} is ${sizeInWords(file.size)}, too large to send from a browser; import it with dossier import`,
    );
  }
  // Base64 carries 3 bytes per 4 characters, less its padding: refuse before decoding a huge payload.
  const padding = file.dataBase64.endsWith('==') ? 2 : file.dataBase64.endsWith('=') ? 1 : 0;
  const size = Math.floor((file.dataBase64.length * 3) / 4) - padding;
  if (size > maxBytes) return fail('too-large', tooLargeMessage(file.name, size, maxBytes));
  const bytes = Buffer.from(file.dataBase64, 'base64');
  if (bytes.length > maxBytes) return fail('too-large', tooLargeMessage(file.name, bytes.length, maxBytes));
  if (bytes.length === 0) return fail('empty', `${file.name} is empty`);
  const modifiedAt = file.lastModified === null ? null : new Date(file.lastModified).toISOString();
  return ok({ bytes, fileName: file.name, filePath: file.path, modifiedAt });
}

/** Reads a pending file's bytes, failing with too-large, empty or unreadable. */
export async function loadPendingFile(file: PendingFile, maxBytes: number): Promise<Result<LoadedFile>> {
  switch (file.kind) {
    case 'path':
      return loadPath(file.path, maxBytes);
    case 'upload':
      return loadUpload(file.file, maxBytes);
    case 'unreadable-folder':
    case 'skipped':
      return fail('unreadable', file.message);
  }
}
