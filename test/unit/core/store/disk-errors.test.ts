import { writeFile } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { isDiskFull, writeFailure } from '../../../../main/core/store/disk-errors.ts';
import { inTransaction } from '../../../../main/core/store/database.ts';

/** The error a real write to /dev/full throws (ENOSPC on Linux). */
async function devFullError(): Promise<unknown> {
  try {
    await writeFile('/dev/full', 'x');
  } catch (error) {
    return error;
  }
  throw new Error('writing /dev/full did not fail');
}

/** The error node:sqlite throws when a database cannot grow: SQLITE_FULL, forced with max_page_count. */
function sqliteFullError(db: DatabaseSync): unknown {
  db.exec('CREATE TABLE t (x TEXT)');
  db.exec('PRAGMA max_page_count = 3');
  try {
    inTransaction(db, () => {
      for (let n = 0; n < 100; n += 1) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(5000));
    });
  } catch (error) {
    return error;
  }
  throw new Error('the database did not fill up');
}

describe('disk-full errors', () => {
  it.skipIf(process.platform !== 'linux')('calls a write to a full device disk-full', async () => {
    const error = await devFullError();
    expect(isDiskFull(error)).toBe(true);
    const failure = writeFailure('Cannot store the original', error);
    expect(failure.code).toBe('disk-full');
    expect(failure.message).toMatch(/^Cannot store the original: .*ENOSPC/);
  });

  it('calls a quota error disk-full', () => {
    expect(isDiskFull(Object.assign(new Error('quota'), { code: 'EDQUOT' }))).toBe(true);
  });

  it('calls SQLite running out of room disk-full, and the transaction leaves nothing behind', () => {
    const db = new DatabaseSync(':memory:');
    try {
      const error = sqliteFullError(db);
      // Before: inTransaction's own ROLLBACK threw "no transaction is active" and hid this error.
      expect(String(error)).toContain('database or disk is full');
      expect(isDiskFull(error)).toBe(true);
      expect(writeFailure('Cannot save the article', error).code).toBe('disk-full');
      expect(db.isTransaction).toBe(false);
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('calls other failures internal', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(isDiskFull(denied)).toBe(false);
    expect(isDiskFull(new Error('no space here'))).toBe(false);
    expect(isDiskFull('ENOSPC')).toBe(false);
    expect(writeFailure('Cannot store the original', denied)).toEqual({
      code: 'internal',
      message: 'Cannot store the original: Error: EACCES: permission denied',
    });
  });
});

describe('a nested transaction', () => {
  it('commits or rolls back with the one around it', () => {
    const db = new DatabaseSync(':memory:');
    try {
      db.exec('CREATE TABLE t (x INTEGER)');
      expect(() =>
        inTransaction(db, () => {
          inTransaction(db, () => {
            db.exec('INSERT INTO t VALUES (1)');
          });
          throw new Error('later step failed');
        }),
      ).toThrow('later step failed');
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
      inTransaction(db, () => {
        inTransaction(db, () => {
          db.exec('INSERT INTO t VALUES (2)');
        });
      });
      expect(db.prepare('SELECT x FROM t').all()).toEqual([{ x: 2 }]);
    } finally {
      db.close();
    }
  });
});
