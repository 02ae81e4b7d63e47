import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';
import { acquireLibraryLock } from '../store/library-lock.ts';
import { readBackupManifest, type BackupManifest } from './backup-manifest.ts';
import { copyFileDurably, fsyncPath, hashFile } from './library-files.ts';

/** What a restore did. */
export interface RestoreOutcome {
  readonly articles: number;
  readonly files: number;
  /** Where the library that was replaced now is (`--force`), or null. */
  readonly movedAside: string | null;
}

async function hasContent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Hashes every file of a backup against its manifest; the first mismatch is the error. */
async function verifyBackup(backupDir: string, manifest: BackupManifest): Promise<string | null> {
  for (const file of manifest.files) {
    const path = join(backupDir, ...file.path.split('/'));
    try {
      if ((await stat(path)).size !== file.size) return `${file.path} has the wrong size`;
      if ((await hashFile(path)) !== file.sha256) return `${file.path} does not match its hash`;
    } catch {
      return `${file.path} is missing`;
    }
  }
  return null;
}

/** Copies a verified backup into a new folder, fsyncing files and folders, and hashing each copy. */
async function writeCopy(backupDir: string, manifest: BackupManifest, target: string): Promise<void> {
  const folders = new Set<string>([target]);
  for (const file of manifest.files) {
    const to = join(target, ...file.path.split('/'));
    await mkdir(dirname(to), { recursive: true });
    for (let folder = dirname(to); folder.startsWith(target); folder = dirname(folder)) folders.add(folder);
    await copyFileDurably(join(backupDir, ...file.path.split('/')), to);
    if ((await hashFile(to)) !== file.sha256) throw new Error(`the copy of ${file.path} came out different`);
  }
  for (const folder of folders) await fsyncPath(folder);
}

/**
 * Restores a backup into `libraryDir`. Every hash is verified before anything is written; an
 * existing library is replaced only with `force`, and then moved aside, never deleted. The copy is
 * built in a temp folder next to the library and renamed into place, so a crash leaves either the
 * old library or the whole restored one.
 */
export async function restoreLibrary(
  backupDir: string,
  libraryDir: string,
  options: { readonly force?: boolean; readonly now?: () => Date } = {},
): Promise<Result<RestoreOutcome>> {
  let manifest: BackupManifest;
  try {
    manifest = await readBackupManifest(backupDir);
  } catch (error) {
    return fail(
      'invalid-request',
      `${backupDir} is not a usable Dossier backup: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const damage = await verifyBackup(backupDir, manifest);
  if (damage !== null)
    return fail('unreadable', `The backup in ${backupDir} is damaged: ${damage}. Nothing was restored.`);
  const existing = await hasContent(libraryDir);
  if (existing && options.force !== true)
    return fail(
      'invalid-request',
      `${libraryDir} already holds a library; add --force to move it aside and restore over it.`,
    );
  // Holding the lock while the old library is moved aside: a running Dossier must not lose its folder.
  const lock = existing ? await acquireLibraryLock(libraryDir) : null;
  if (lock !== null && !lock.ok) return lock;
  const parent = dirname(libraryDir);
  const temp = join(parent, `.${basename(libraryDir)}.restoring-${randomUUID()}`);
  let movedAside: string | null = null;
  try {
    await mkdir(temp, { recursive: true });
    await writeCopy(backupDir, manifest, temp);
    if (existing) {
      const stamp = (options.now ?? (() => new Date()))().toISOString().replaceAll(':', '-');
      movedAside = `${libraryDir}.before-restore-${stamp}`;
      await rename(libraryDir, movedAside);
      // The lock file moved along with the old library; it no longer guards anything.
      await rm(join(movedAside, 'dossier.lock'), { force: true });
    }
    await rename(temp, libraryDir);
    await fsyncPath(parent);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (movedAside === null && lock?.ok === true) await lock.value();
    const aside = movedAside === null ? '' : ` The previous library is in ${movedAside}.`;
    return fail('unreadable', `Could not restore into ${libraryDir}: ${String(error)}.${aside}`);
  }
  return ok({ articles: manifest.articles, files: manifest.files.length, movedAside });
}
