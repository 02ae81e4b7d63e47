import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { indexFolder, indexFormatVersion, manifestFileName } from '../search/index-persistence.ts';
import { assetRelativePath, assetsFolder } from '../store/asset-store.ts';
import { originalsFolder } from '../store/original-store.ts';
import { checkDatabaseFile } from './database-health.ts';
import { hashFile, libraryDatabaseName, listStoredFiles } from './library-files.ts';

/** One thing `dossier check` found. */
export interface CheckFinding {
  /** `problem` means data is missing or damaged (exit 1); `notice` heals itself (the index). */
  readonly severity: 'problem' | 'notice';
  readonly kind: 'database' | 'missing-file' | 'tampered-file' | 'orphan-file' | 'temp-file' | 'search-index';
  readonly path?: string;
  readonly message: string;
}

/** What `dossier check` found. */
export interface CheckReport {
  readonly database: 'sound' | 'damaged' | 'missing';
  readonly originalsChecked: number;
  readonly assetsChecked: number;
  readonly findings: readonly CheckFinding[];
}

interface ExpectedFile {
  readonly sha256: string;
  readonly path: string;
}

/** How thorough checkLibrary is. */
export interface CheckOptions {
  /** Hash every stored file (`dossier check`, the default); false only checks that each one exists. */
  readonly verifyHashes?: boolean;
}

async function verifyFile(
  dir: string,
  file: ExpectedFile,
  what: string,
  verifyHashes: boolean,
): Promise<CheckFinding | null> {
  let actual: string;
  try {
    // The start-up check stats instead: hashing every original at each start costs minutes at 100k.
    if (!verifyHashes && (await stat(join(dir, file.path))).isFile()) return null;
    actual = await hashFile(join(dir, file.path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      severity: 'problem',
      kind: 'missing-file',
      path: file.path,
      message: `${what} ${file.path} is missing (${code ?? String(error)}).`,
    };
  }
  if (actual === file.sha256) return null;
  return {
    severity: 'problem',
    kind: 'tampered-file',
    path: file.path,
    message: `${what} ${file.path} has changed: its bytes hash to ${actual}.`,
  };
}

async function checkIndex(dir: string, db: DatabaseSync): Promise<CheckFinding | null> {
  const stale = (why: string): CheckFinding => ({
    severity: 'notice',
    kind: 'search-index',
    message: `The search index ${why}; it will be rebuilt at next open.`,
  });
  let manifest: { formatVersion?: unknown; lastId?: unknown; count?: unknown };
  try {
    manifest = JSON.parse(
      await readFile(join(dir, indexFolder, manifestFileName), 'utf8'),
    ) as typeof manifest;
  } catch (error) {
    return stale((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is unreadable');
  }
  if (manifest.formatVersion !== indexFormatVersion) return stale('is of an older format');
  if (typeof manifest.lastId !== 'number' || typeof manifest.count !== 'number') return stale('is damaged');
  const row = db
    .prepare('SELECT COUNT(*) AS total, SUM(id > ?) AS later FROM articles')
    .get(manifest.lastId) as { total: number; later: number | null };
  // On open, articles after lastId are added; a total that still disagrees means a rebuild.
  if (manifest.count + (row.later ?? 0) !== row.total) return stale('does not match the library');
  return null;
}

/** Checks a library that no process has open: database, every stored file, orphans, the index. Never writes. */
export async function checkLibrary(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const verifyHashes = options.verifyHashes ?? true;
  const file = join(dir, libraryDatabaseName);
  const health = await checkDatabaseFile(file, true);
  if (!health.ok) {
    return {
      database: 'damaged',
      originalsChecked: 0,
      assetsChecked: 0,
      findings: [
        { severity: 'problem', kind: 'database', path: libraryDatabaseName, message: health.error.message },
      ],
    };
  }
  if (health.value === 'missing') {
    return {
      database: 'missing',
      originalsChecked: 0,
      assetsChecked: 0,
      findings: [
        {
          severity: 'problem',
          kind: 'database',
          path: libraryDatabaseName,
          message: `There is no library database in ${dir}.`,
        },
      ],
    };
  }
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    // The file's quick_check already passed in checkDatabaseFile: running it again read every page twice.
    const findings: CheckFinding[] = [];
    const originals = db
      .prepare('SELECT sha256, path FROM originals ORDER BY sha256')
      .all() as unknown as ExpectedFile[];
    const assets = (
      db.prepare('SELECT sha256 FROM assets ORDER BY sha256').all() as { sha256: string }[]
    ).map(({ sha256 }) => ({ sha256, path: assetRelativePath(sha256) }));
    for (const original of originals) {
      const finding = await verifyFile(dir, original, 'Original', verifyHashes);
      if (finding !== null) findings.push(finding);
    }
    for (const asset of assets) {
      const finding = await verifyFile(dir, asset, 'Image', verifyHashes);
      if (finding !== null) findings.push(finding);
    }
    for (const [folder, rows] of [
      [originalsFolder, originals],
      [assetsFolder, assets],
    ] as const) {
      const known = new Set(rows.map((row) => row.sha256));
      const onDisk = await listStoredFiles(dir, folder);
      for (const stored of onDisk.stored) {
        if (!known.has(stored.sha256))
          findings.push({
            severity: 'problem',
            kind: 'orphan-file',
            path: stored.relativePath,
            message: `${stored.relativePath} belongs to no article (left by an interrupted import or delete).`,
          });
      }
      for (const path of onDisk.other)
        findings.push({
          severity: 'problem',
          kind: 'temp-file',
          path,
          message: `${path} is an unfinished write left by a crash.`,
        });
    }
    const index = await checkIndex(dir, db);
    if (index !== null) findings.push(index);
    const sound = !findings.some((finding) => finding.kind === 'database');
    return {
      database: sound ? 'sound' : 'damaged',
      originalsChecked: originals.length,
      assetsChecked: assets.length,
      findings,
    };
  } finally {
    db.close();
  }
}
