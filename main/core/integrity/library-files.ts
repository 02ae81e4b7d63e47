import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { sha256Pattern } from '../store/content-addressed-file.ts';

/** The database file's name inside a library folder. */
export const libraryDatabaseName = 'library.sqlite';

/** A content-addressed file found on disk: its path relative to the library and the hash its name claims. */
export interface StoredFile {
  readonly relativePath: string;
  readonly sha256: string;
}

/** SHA-256 of a file's bytes, streamed so large originals never sit in memory whole. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function entriesOf(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, isDir: entry.isDirectory() }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Lists the files under `folder` of a library: hash-named ones in the two-level fan-out, and
 * everything else (crash leftovers in tmp/, strays) as `other`.
 */
export async function listStoredFiles(
  libraryDir: string,
  folder: string,
): Promise<{ stored: StoredFile[]; other: string[] }> {
  const stored: StoredFile[] = [];
  const other: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const entry of await entriesOf(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDir) await walk(path, depth + 1);
      else if (depth === 2 && sha256Pattern.test(entry.name))
        stored.push({ relativePath: relative(libraryDir, path), sha256: entry.name });
      else other.push(relative(libraryDir, path));
    }
  };
  await walk(join(libraryDir, folder), 0);
  return { stored, other };
}

/** Forces a file or folder's contents to disk (folders: their entries, so a rename survives a crash). */
export async function fsyncPath(path: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journaling covers renames there.
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Copies a file and fsyncs the copy; never overwrites an existing file. */
export async function copyFileDurably(from: string, to: string): Promise<void> {
  await copyFile(from, to, 1 /* COPYFILE_EXCL */);
  await fsyncPath(to);
}
