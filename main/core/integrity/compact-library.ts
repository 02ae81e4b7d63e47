import { chmod, chown, rename, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { megabytes } from '../../shared/byte-sizes.ts';
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

function pragmaNumber(db: DatabaseSync, name: 'page_size' | 'page_count' | 'freelist_count'): number {
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

/** The bytes the copy may take: the used pages, with room for 16 KB pages' unused ends, and the WAL. */
async function bytesNeeded(db: DatabaseSync, file: string): Promise<number> {
  const usedPages = pragmaNumber(db, 'page_count') - pragmaNumber(db, 'freelist_count');
  const wal = (await stat(`${file}-wal`).catch(() => null))?.size ?? 0;
  // Measured: rows of ~11 KB grew by 1.34 when rewritten, the 100k bench library by 1.13.
  return Math.ceil(usedPages * pragmaNumber(db, 'page_size') * 1.5 + wal + 1_048_576);
}

/** Gives the copy the database's permissions (VACUUM INTO makes it with the process's defaults). */
async function takeOwnership(copyFile: string, file: string): Promise<void> {
  const { mode, uid, gid } = await stat(file);
  await chmod(copyFile, mode & 0o7777);
  // Run as root on someone else's library, the copy would otherwise be root's.
  if (process.getuid?.() === 0) await chown(copyFile, uid, gid);
}

const diskFull = (error: unknown): boolean => /disk is full|SQLITE_FULL|ENOSPC/iu.test(String(error));

/**
 * Rewrites the database with the library page size and no free pages (`VACUUM INTO` a copy beside
 * it). The copy is checked whole and made durable before it replaces the database by one
 * rename, so an interruption at any point leaves either the old database or the new one, never a
 * mix. The caller holds the library's lock; besides, the database is opened in SQLite's exclusive
 * locking mode and held until the rename, so no connection can write to it meanwhile (a write there
 * would be lost with the old file) and one that has it open makes the command fail instead.
 */
async function rewriteDatabase(libraryDir: string): Promise<Result<CompactReport>> {
  const file = join(libraryDir, libraryDatabaseName);
  const copyFile = join(libraryDir, compactCopyName);
  const before = await stat(file).catch(() => null);
  if (before === null) return fail('not-found', `There is no library database at ${file}.`);
  const bytesBefore = before.size;
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    // Before the first read: the connection then takes the file's exclusive lock and keeps it.
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const pageSizeBefore = pragmaNumber(db, 'page_size');
    const articles = articleCount(db);
    if (pageSizeBefore === libraryPageSize && pragmaNumber(db, 'freelist_count') === 0)
      return ok({
        pageSizeBefore,
        pageSizeAfter: pageSizeBefore,
        bytesBefore,
        bytesAfter: bytesBefore,
        articles,
        rewritten: false,
      });
    const { bavail, bsize } = await statfs(libraryDir);
    const needed = await bytesNeeded(db, file);
    if (bavail * bsize < needed)
      return fail(
        'disk-full',
        `Compacting needs about ${megabytes(needed, 'up')} free beside the library; ${megabytes(bavail * bsize)} is free. Nothing was changed.`,
      );
    // Everything committed goes into the database file first, so that no WAL is left behind with
    // writes the copy has and the file would lack.
    db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
    // A copy left by an interrupted run is stale: it is made again from the database.
    await rm(copyFile, { force: true });
    await rm(`${copyFile}-journal`, { force: true });
    db.exec(`PRAGMA page_size = ${libraryPageSize}`);
    db.prepare('VACUUM INTO ?').run(copyFile);
    const verified = verifyCopy(copyFile, articles);
    if (!verified.ok) {
      await rm(copyFile, { force: true });
      return fail('internal', `${verified.error.message} Nothing was changed.`);
    }
    await takeOwnership(copyFile, file);
    await fsyncPath(copyFile);
    // Still holding the old file: the rename is the moment the library becomes the copy.
    await rename(copyFile, file);
    // The library is the checked copy now, whatever follows: a failing fsync of the folder is not
    // "nothing was changed" (the catch below), it is a rename that may not survive a power cut.
    await fsyncPath(libraryDir).catch(() => undefined);
    return ok({
      pageSizeBefore,
      pageSizeAfter: verified.value,
      bytesBefore,
      bytesAfter: 0,
      articles,
      rewritten: true,
    });
  } catch (error) {
    await rm(copyFile, { force: true });
    if (diskFull(error))
      return fail('disk-full', `The disk filled up while compacting: ${String(error)}. Nothing was changed.`);
    if (/database is locked|SQLITE_BUSY/iu.test(String(error)))
      return fail('library-locked', 'Another program has the library database open. Close it and try again.');
    return fail('internal', `Could not rewrite the library database: ${String(error)}. Nothing was changed.`);
  } finally {
    db.close();
  }
}

/**
 * Rewrites a library's database with the library page size and no free pages (see `rewriteDatabase`),
 * then opens the new one once to put it back in WAL mode (the copy is written in rollback mode).
 */
export async function compactLibrary(libraryDir: string): Promise<Result<CompactReport>> {
  const compacted = await rewriteDatabase(libraryDir);
  if (!compacted.ok || !compacted.value.rewritten) return compacted;
  const file = join(libraryDir, libraryDatabaseName);
  // The old file's empty WAL and its index belong to no connection now; left, they would be read as
  // the new file's.
  await rm(`${file}-wal`, { force: true });
  await rm(`${file}-shm`, { force: true });
  const reopened = new DatabaseSync(file);
  try {
    reopened.exec('PRAGMA journal_mode = WAL');
  } finally {
    reopened.close();
  }
  return ok({ ...compacted.value, bytesAfter: (await stat(file)).size });
}
