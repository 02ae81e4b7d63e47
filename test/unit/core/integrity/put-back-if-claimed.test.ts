import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lostAndFoundPath } from '../../../../main/core/integrity/repair-library.ts';
import { putBackIfClaimed } from '../../../../main/core/integrity/repair-while-open.ts';
import { tempDir } from '../import/library-test-kit.ts';
import { openTestDatabase } from '../../support/plain-article-db.ts';

const hash = 'cd'.repeat(32);
const path = join('originals', 'cd', 'cd', hash);

/** A library folder whose orphan `path` was just moved to lost+found, its file dated `modified`. */
async function movedOrphan(modified: Date) {
  const dir = await tempDir();
  const db = openTestDatabase(dir);
  const moved = lostAndFoundPath(dir, path);
  await mkdir(dirname(moved), { recursive: true });
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(moved, 'page bytes');
  await utimes(moved, modified, modified);
  return { dir, db, moved };
}

describe('putting back an orphan an import claimed while it was being moved aside', () => {
  const openedAt = Date.parse('2026-11-26T06:00:00Z');

  it('puts back a file written during this run (an import renamed it into place before the move)', async () => {
    const { dir, db } = await movedOrphan(new Date('2026-11-26T06:05:00Z'));

    expect(await putBackIfClaimed({ dir, db, openedAt, checkedAt: new Date() }, path)).toBe(true);
    expect(await readFile(join(dir, path), 'utf8')).toBe('page bytes');
  });

  it('leaves a crash leftover in lost+found', async () => {
    const { dir, db, moved } = await movedOrphan(new Date('2026-11-20T06:00:00Z'));

    expect(await putBackIfClaimed({ dir, db, openedAt, checkedAt: new Date() }, path)).toBe(false);
    expect(await readFile(moved, 'utf8')).toBe('page bytes');
  });
});
