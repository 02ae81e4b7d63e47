import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRelativePath, storeContentAddressed } from './content-addressed-file.ts';

export { sha256Pattern } from './content-addressed-file.ts';

/** The folder (inside the library) that holds stored images of saved pages. */
export const assetsFolder = 'assets';

/** The path, relative to the library folder, where an asset with this hash lives (throws on a non-hash). */
export function assetRelativePath(sha256: string): string {
  return contentRelativePath(assetsFolder, sha256);
}

/** Stores asset bytes durably under their hash, like originals. */
export async function storeAssetFile(libraryDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  await storeContentAddressed(libraryDir, assetsFolder, sha256, bytes);
}

/** Reads a stored asset's bytes. */
export async function readAssetFile(libraryDir: string, sha256: string): Promise<Uint8Array> {
  return readFile(join(libraryDir, assetRelativePath(sha256)));
}
