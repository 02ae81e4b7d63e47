import { open } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { fail, ok, type Result } from '../../shared/result.ts';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

async function readHeader(file: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(sqliteHeader.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The rows of `PRAGMA quick_check`: ['ok'] when the database is sound. */
export function quickCheck(db: DatabaseSync): string[] {
  const rows = db.prepare('PRAGMA quick_check').all() as Record<string, unknown>[];
  return rows.map((row) => String(Object.values(row)[0]));
}

/**
 * Whether an existing library database is a sound SQLite file, read without writing to it
 * (no pragma that writes, no migration), so a damaged file is left byte-for-byte as it was.
 * A missing file is fine: a new library is created. `thorough` adds `PRAGMA quick_check`.
 */
export async function checkDatabaseFile(
  file: string,
  thorough = false,
): Promise<Result<'missing' | 'sound'>> {
  const header = await readHeader(file);
  if (header === null) return ok('missing');
  // An empty file is what SQLite itself leaves when a new database was never written to.
  if (header.length === 0) return ok('sound');
  const advice = `Nothing was changed. Run \`dossier check\` for details, or \`dossier restore <backup>\` to put a backup in its place.`;
  if (!header.equals(sqliteHeader)) {
    return fail(
      'unreadable',
      `The library database ${file} is damaged: it is not an SQLite database. ${advice}`,
    );
  }
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    // The schema only, not `quick_check`: that reads every page (~10 s for a 100k-article library),
    // too slow for every open; `dossier check` runs it in full.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const problems = thorough ? quickCheck(db) : ['ok'];
    if (problems.length === 1 && problems[0] === 'ok') return ok('sound');
    return fail(
      'unreadable',
      `The library database ${file} is damaged (${problems.slice(0, 3).join('; ')}). ${advice}`,
    );
  } catch (error) {
    return fail('unreadable', `The library database ${file} is damaged (${String(error)}). ${advice}`);
  } finally {
    db?.close();
  }
}
