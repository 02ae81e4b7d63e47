import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A lowercase SHA-256 in hex: the only shape a stored file's name may have. */
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** Where a file with this hash lives under `folder` (relative to the library); refuses anything but a hash. */
export function contentRelativePath(folder: string, sha256: string): string {
  // Checked so that no caller can turn a name into a path outside the folder.
  if (!sha256Pattern.test(sha256)) throw new Error(`Not a SHA-256: ${sha256.slice(0, 80)}`);
  // Two levels of fan-out keep folders small even with a million files.
  return join(folder, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
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
 * Stores bytes byte-exact under their hash in `folder`: temp file, fsync, rename, fsync of the
 * folder. When this resolves the file is durable, so a database row may point at it.
 */
export async function storeContentAddressed(
  libraryDir: string,
  folder: string,
  sha256: string,
  bytes: Uint8Array,
): Promise<string> {
  const relative = contentRelativePath(folder, sha256);
  const target = join(libraryDir, relative);
  const targetFolder = join(target, '..');
  const tempFolder = join(libraryDir, folder, 'tmp');
  await mkdir(targetFolder, { recursive: true });
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
  await fsyncDirectory(targetFolder);
  return relative;
}
