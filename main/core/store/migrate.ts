import type { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';
import { migrations, type Migration } from './migrations.ts';

/** Reads the schema version stored in the database file. */
export function schemaVersionOf(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  if (row === undefined) throw new Error('PRAGMA user_version returned no row');
  return row.user_version;
}

/**
 * Brings the database up to `latestSchemaVersion`, one transaction for all pending steps,
 * or refuses (touching nothing) when the file was written by a newer Dossier.
 */
export function migrate(db: DatabaseSync, steps: readonly Migration[] = migrations): Result<number> {
  const current = schemaVersionOf(db);
  const latest = steps.length;
  if (current > latest) {
    return fail(
      'library-too-new',
      `This library was written by a newer Dossier (schema ${current}; this version understands up to ${latest}). Update Dossier to open it.`,
    );
  }
  if (current === latest) return ok(current);
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const step of steps.slice(current)) db.exec(step.sql);
    // PRAGMA does not take bound parameters; `latest` is an integer we computed.
    db.exec(`PRAGMA user_version = ${latest}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return ok(latest);
}
