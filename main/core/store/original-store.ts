import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder (inside the library) that holds originals. */
export const originalsFolder = 'originals';

/** SHA-256 of some bytes, lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The path, relative to the library folder, where an original with this hash lives. */
export function originalRelativePath(sha256: string): string {
  // Two levels of fan-out keep folders small even with a million originals.
  return join(originalsFolder, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; rename durability there relies on NTFS journaling.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Stores bytes byte-exact under their hash: temp file, fsync, rename, fsync of the folder.
 * When this resolves the original is durable, so a row may point at it.
 */
export async function storeOriginal(libraryDir: string, sha256: string, bytes: Uint8Array): Promise<string> {
  const relative = originalRelativePath(sha256);
  const target = join(libraryDir, relative);
  const folder = join(target, '..');
  const tempFolder = join(libraryDir, originalsFolder, 'tmp');
  await mkdir(folder, { recursive: true });
  await mkdir(tempFolder, { recursive: true });
  const temp = join(tempFolder, `${sha256}.${randomUUID()}.part`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  // Same bytes under the same name: replacing an orphan left by a crash is harmless.
  await rename(temp, target);
  await fsyncDirectory(folder);
  return relative;
}

/** Reads a stored original back. */
export async function readOriginal(libraryDir: string, relativePath: string): Promise<Uint8Array> {
  return readFile(join(libraryDir, relativePath));
}
