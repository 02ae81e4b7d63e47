import { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { migrate } from './migrate.ts';

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
