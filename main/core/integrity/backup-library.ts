import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { backupManifestName, type BackupFile, type BackupManifest } from './backup-manifest.ts';
import { copyFileDurably, fsyncPath, hashFile, libraryDatabaseName } from './library-files.ts';

/** Where a stored file lives, with `/` separators so a backup reads the same on every platform. */
export function portablePath(folder: 'originals' | 'assets', sha256: string): string {
  return `${folder}/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Copies the database through SQLite's online backup: one step, so it is one consistent snapshot. */
async function snapshotDatabase(libraryDir: string, target: string): Promise<void> {
  const source = new DatabaseSync(join(libraryDir, libraryDatabaseName), { readOnly: true });
  try {
    source.exec('PRAGMA busy_timeout = 5000');
    // A rate above any page count copies every page in one step, under one read lock: writers in
    // other connections (WAL) go on, and the copy is the database as of one commit.
    await backup(source, target, { rate: 0x7fffffff });
  } finally {
    source.close();
  }
  await fsyncPath(target);
}

function filesOfSnapshot(file: string): { schemaVersion: number; articles: number; wanted: string[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const version = db.prepare('PRAGMA user_version').get() as { user_version: number };
    const articles = db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
    const originals = db.prepare('SELECT sha256 FROM originals ORDER BY sha256').all() as {
      sha256: string;
    }[];
    const assets = db.prepare('SELECT sha256 FROM assets ORDER BY sha256').all() as { sha256: string }[];
    return {
      schemaVersion: version.user_version,
      articles: articles.n,
      wanted: [
        ...originals.map(({ sha256 }) => portablePath('originals', sha256)),
        ...assets.map(({ sha256 }) => portablePath('assets', sha256)),
      ],
    };
  } finally {
    db.close();
  }
}

/**
 * Backs a library up into `dest` (missing or empty) while it may be open and being written to:
 * the database as of one commit, then every original and image its rows reference, each copied,
 * fsynced and verified against its hash, then the manifest, written last.
 */
export async function backupLibrary(
  libraryDir: string,
  dest: string,
  now: () => Date = () => new Date(),
): Promise<Result<BackupManifest>> {
  if (!(await isEmptyOrMissing(dest)))
    return fail('invalid-request', `The backup folder ${dest} is not empty; give a new or empty folder.`);
  await mkdir(dest, { recursive: true });
  const databaseCopy = join(dest, libraryDatabaseName);
  try {
    await snapshotDatabase(libraryDir, databaseCopy);
  } catch (error) {
    return fail('unreadable', `Cannot back up the library database in ${libraryDir}: ${String(error)}`);
  }
  const { schemaVersion, articles, wanted } = filesOfSnapshot(databaseCopy);
  const files: BackupFile[] = [
    {
      path: libraryDatabaseName,
      sha256: await hashFile(databaseCopy),
      size: (await stat(databaseCopy)).size,
    },
  ];
  const folders = new Set<string>();
  for (const path of wanted) {
    const sha256 = path.slice(path.lastIndexOf('/') + 1);
    const target = join(dest, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    folders.add(dirname(target));
    try {
      await copyFileDurably(join(libraryDir, ...path.split('/')), target);
    } catch (error) {
      return fail('unreadable', `Cannot copy ${path} (run \`dossier check\`): ${String(error)}`);
    }
    // The copy is hashed, not the source: what is verified is what the backup holds.
    const actual = await hashFile(target);
    if (actual !== sha256)
      return fail(
        'unreadable',
        `${path} in the library is damaged (its bytes hash to ${actual}); run \`dossier check\`.`,
      );
    files.push({ path, sha256, size: (await stat(target)).size });
  }
  for (const folder of folders) await fsyncPath(folder);
  const manifest: BackupManifest = {
    format: 'dossier-backup',
    formatVersion: 1,
    createdAt: now().toISOString(),
    schemaVersion,
    articles,
    originals: wanted.filter((path) => path.startsWith('originals/')).length,
    assets: wanted.filter((path) => path.startsWith('assets/')).length,
    files,
  };
  const temp = join(dest, `${backupManifestName}.part`);
  await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`, { flush: true });
  await rename(temp, join(dest, backupManifestName));
  await fsyncPath(dest);
  return ok(manifest);
}
