import { rename, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { libraryPageSize } from '../store/database.ts';
import { fsyncPath, libraryDatabaseName } from './library-files.ts';

/** What `compactLibrary` did: the database's page size and size on disk before and after. */
export interface CompactReport {
  readonly pageSizeBefore: number;
  readonly pageSizeAfter: number;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
  readonly articles: number;
  /** False when the database already had the library page size and no free pages: nothing was written. */
  readonly rewritten: boolean;
}

/** Where the rewritten copy is made, beside the database, until it replaces it. */
export const compactCopyName = `${libraryDatabaseName}.compact`;

function pragmaNumber(db: DatabaseSync, name: 'page_size' | 'freelist_count'): number {
  return Number((db.prepare(`PRAGMA ${name}`).get() as Record<string, number>)[name]);
}

const articleCount = (db: DatabaseSync): number =>
  (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;

/** Opens the rewritten copy read-only and checks it whole: SQLite's integrity check and the article count. */
function verifyCopy(file: string, articles: number): Result<number> {
  const copy = new DatabaseSync(file, { readOnly: true });
  try {
    const check = copy.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok')
      return fail('internal', `The rewritten copy failed SQLite's integrity check: ${JSON.stringify(check)}`);
    const copied = articleCount(copy);
    if (copied !== articles)
      return fail('internal', `The rewritten copy holds ${copied} articles, not ${articles}.`);
    return ok(pragmaNumber(copy, 'page_size'));
  } finally {
    copy.close();
  }
}

/**
 * Rewrites a library's database with the library page size and no free pages (`VACUUM INTO` a copy
 * beside it). The copy is checked whole and made durable before it replaces the database by one
 * rename, so an interruption at any point leaves either the old database or the new one, never a
 * mix. The caller holds the library's lock: no other connection may write meanwhile.
 */
export async function compactLibrary(libraryDir: string): Promise<Result<CompactReport>> {
  const file = join(libraryDir, libraryDatabaseName);
  const copyFile = join(libraryDir, compactCopyName);
  const bytesBefore = (await stat(file)).size;
  const db = new DatabaseSync(file);
  let articles: number;
  let pageSizeBefore: number;
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    pageSizeBefore = pragmaNumber(db, 'page_size');
    articles = articleCount(db);
    if (pageSizeBefore === libraryPageSize && pragmaNumber(db, 'freelist_count') === 0)
      return ok({
        pageSizeBefore,
        pageSizeAfter: pageSizeBefore,
        bytesBefore,
        bytesAfter: bytesBefore,
        articles,
        rewritten: false,
      });
    // The copy can be as large as the database (16 KB pages leave room at each page's end).
    const { bavail, bsize } = await statfs(libraryDir);
    const needed = Math.ceil(bytesBefore * 1.2);
    if (bavail * bsize < needed)
      return fail(
        'disk-full',
        `Compacting needs about ${megabytes(needed)} free beside the library; ${megabytes(bavail * bsize)} is free. Nothing was changed.`,
      );
    // Everything committed goes into the database file first, so that no WAL is left behind with
    // writes the copy has and the file would lack.
    const checkpoint = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number } | undefined;
    if ((checkpoint?.busy ?? 0) !== 0)
      return fail(
        'library-locked',
        'Another program is reading the library database. Close it and try again.',
      );
    // A copy left by an interrupted run is stale: it is made again from the database.
    await rm(copyFile, { force: true });
    db.exec(`PRAGMA page_size = ${libraryPageSize}`);
    db.prepare('VACUUM INTO ?').run(copyFile);
  } catch (error) {
    await rm(copyFile, { force: true });
    return fail('internal', `Could not rewrite the library database: ${String(error)}. Nothing was changed.`);
  } finally {
    db.close();
  }
  const verified = verifyCopy(copyFile, articles);
  if (!verified.ok) {
    await rm(copyFile, { force: true });
    return fail('internal', `${verified.error.message} Nothing was changed.`);
  }
  await fsyncPath(copyFile);
  // The old database's WAL was checkpointed into it (and is empty); a -wal or -shm file left now
  // belongs to no connection and would be read as the new file's.
  await rm(`${file}-wal`, { force: true });
  await rm(`${file}-shm`, { force: true });
  await rename(copyFile, file);
  await fsyncPath(libraryDir);
  const reopened = new DatabaseSync(file);
  try {
    reopened.exec('PRAGMA journal_mode = WAL');
  } finally {
    reopened.close();
  }
  return ok({
    pageSizeBefore,
    pageSizeAfter: verified.value,
    bytesBefore,
    bytesAfter: (await stat(file)).size,
    articles,
    rewritten: true,
  });
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1_048_576).toLocaleString('en')} MB`;
