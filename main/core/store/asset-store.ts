import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder (inside the library) that holds stored images of saved pages. */
export const assetsFolder = 'assets';

/** A lowercase SHA-256 in hex: the only shape an asset name may have. */
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** The path, relative to the library folder, where an asset with this hash lives. */
export function assetRelativePath(sha256: string): string {
  // The hash is checked so that no caller can turn a name into a path outside the folder.
  if (!sha256Pattern.test(sha256)) throw new Error(`Not a SHA-256: ${sha256.slice(0, 80)}`);
  return join(assetsFolder, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Stores asset bytes under their hash (temp file, fsync, rename), like originals. */
export async function storeAssetFile(libraryDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = join(libraryDir, assetRelativePath(sha256));
  const tempFolder = join(libraryDir, assetsFolder, 'tmp');
  await mkdir(join(target, '..'), { recursive: true });
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
  // Same bytes under the same name: replacing an earlier copy is harmless.
  await rename(temp, target);
}

/** Reads a stored asset's bytes. */
export async function readAssetFile(libraryDir: string, sha256: string): Promise<Uint8Array> {
  return readFile(join(libraryDir, assetRelativePath(sha256)));
}
