import { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { migrate } from './migrate.ts';

/**
 * The page size of a new library. With SQLite's default 4 KB pages an article row's text runs on
 * in a chain of overflow pages, so a page of 20 search hits read 2–3 random pages per hit from a
 * cold disk; at 16 KB most rows are one page (p95 of those reads 17–19 → 10–11 ms at 100k articles).
 * An older library keeps its pages until `dossier compact` rewrites it.
 */
export const libraryPageSize = 16_384;

/** An open library database and the schema version it is at. */
export interface OpenDatabase {
  readonly db: DatabaseSync;
  readonly schemaVersion: number;
}

/**
 * Opens (creating if needed) the SQLite file of a library and migrates it.
 * A newer schema than this code knows is refused before anything is written.
 */
export function openDatabase(file: string): Result<OpenDatabase> {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
  } catch (error) {
    return fail('internal', `Cannot open the library database ${file}: ${String(error)}`);
  }
  try {
    // Check the version before any pragma that writes (journal_mode=WAL rewrites the header).
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA foreign_keys = ON');
    // Only a file with no page yet takes a page size; an existing one keeps its own.
    if (pageCount(db) === 0) db.exec(`PRAGMA page_size = ${libraryPageSize}`);
    const migrated = migrate(db);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
    // WAL keeps readers unblocked during imports; FULL syncs each commit, so an article
    // reported as imported survives a power cut.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    return ok({ db, schemaVersion: migrated.value });
  } catch (error) {
    db.close();
    return fail('internal', `Cannot read the library database ${file}: ${String(error)}`);
  }
}

/** How many pages the database file holds (0: a new, empty file). */
export function pageCount(db: DatabaseSync): number {
  return (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
}

// SQLite may already have rolled back (it does on SQLITE_FULL); a second ROLLBACK would throw
// "no transaction is active" and hide the error that says the disk is full.
function rollbackIfOpen(db: DatabaseSync): void {
  if (db.isTransaction) db.exec('ROLLBACK');
}

/** Runs `work` in one write transaction, rolling back if it throws (inside a transaction: just runs it). */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  // Nested: part of the caller's transaction, which commits or rolls back the whole (an import
  // commits an article with its relations and picture links at once, so a full disk leaves none).
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    rollbackIfOpen(db);
    throw error;
  }
}
