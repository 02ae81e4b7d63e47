import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Pattern } from '../store/content-addressed-file.ts';

/** The file, in a backup folder, that lists everything in it; written last, so its presence means complete. */
export const backupManifestName = 'dossier-backup.json';

/** One file of a backup, by its path relative to the backup (and the library) folder. */
export interface BackupFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** What a backup holds. */
export interface BackupManifest {
  readonly format: 'dossier-backup';
  readonly formatVersion: 1;
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly articles: number;
  readonly originals: number;
  readonly assets: number;
  /** The database first, then every original and image. */
  readonly files: readonly BackupFile[];
}

function isSafeRelative(path: string): boolean {
  // Only the shapes a backup writes: the database, or <folder>/<xx>/<yy>/<hash>.
  if (path === 'library.sqlite') return true;
  const parts = path.split('/');
  return (
    parts.length === 4 &&
    (parts[0] === 'originals' || parts[0] === 'assets') &&
    sha256Pattern.test(parts[3] ?? '') &&
    parts[1] === parts[3]?.slice(0, 2) &&
    parts[2] === parts[3]?.slice(2, 4)
  );
}

/** Reads and validates a backup's manifest; throws with a reason when it is not one. */
export async function readBackupManifest(backupDir: string): Promise<BackupManifest> {
  const value = JSON.parse(
    await readFile(join(backupDir, backupManifestName), 'utf8'),
  ) as Partial<BackupManifest>;
  const files: unknown = value.files;
  if (value.format !== 'dossier-backup' || value.formatVersion !== 1 || !Array.isArray(files))
    throw new Error('not a Dossier backup manifest');
  for (const file of files as Partial<BackupFile>[]) {
    if (
      typeof file.path !== 'string' ||
      typeof file.sha256 !== 'string' ||
      !isSafeRelative(file.path) ||
      !sha256Pattern.test(file.sha256) ||
      !Number.isSafeInteger(file.size)
    )
      throw new Error(`the manifest lists an invalid entry: ${JSON.stringify(file).slice(0, 200)}`);
  }
  if (!(files as BackupFile[]).some((file) => file.path === 'library.sqlite'))
    throw new Error('the manifest lists no database');
  return value as BackupManifest;
}
