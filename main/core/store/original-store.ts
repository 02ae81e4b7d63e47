import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRelativePath, storeContentAddressed } from './content-addressed-file.ts';

/** The folder (inside the library) that holds originals. */
export const originalsFolder = 'originals';

/** SHA-256 of some bytes, lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The path, relative to the library folder, where an original with this hash lives. */
export function originalRelativePath(sha256: string): string {
  return contentRelativePath(originalsFolder, sha256);
}

/** Stores an original byte-exact under its hash; when this resolves it is durable. Returns its relative path. */
export function storeOriginal(libraryDir: string, sha256: string, bytes: Uint8Array): Promise<string> {
  return storeContentAddressed(libraryDir, originalsFolder, sha256, bytes);
}

/** Reads a stored original back. */
export async function readOriginal(libraryDir: string, relativePath: string): Promise<Uint8Array> {
  return readFile(join(libraryDir, relativePath));
}
