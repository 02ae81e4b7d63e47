import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { backupLibrary } from '../../../../main/core/integrity/backup-library.ts';
import { checkLibrary } from '../../../../main/core/integrity/check-library.ts';
import { hashFile } from '../../../../main/core/integrity/library-files.ts';
import { restoreLibrary } from '../../../../main/core/integrity/restore-library.ts';
import { articleHtml, recordEvents, tempDir, writeTestFile } from '../import/library-test-kit.ts';
import { dumpTables, libraryWith } from '../trash/trash-test-kit.ts';

function readTables(dir: string): Record<string, unknown[]> {
  const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

/** Every originals row, with the hash of the file it points at. */
async function originalHashes(dir: string): Promise<{ sha256: string; actual: string }[]> {
  const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
  const rows = db.prepare('SELECT sha256, path FROM originals ORDER BY sha256').all() as {
    sha256: string;
    path: string;
  }[];
  db.close();
  return Promise.all(
    rows.map(async (row) => ({ sha256: row.sha256, actual: await hashFile(join(dir, row.path)) })),
  );
}

async function closedLibrary(): Promise<string> {
  const { library, dir } = await libraryWith([
    { title: 'Port strike ends', body: 'Dock workers returned to work.' },
    { title: 'Rail line reopens', body: 'The coastal line reopened today.' },
  ]);
  await library.close();
  return dir;
}

describe('backupLibrary and restoreLibrary', () => {
  it('round-trips every row and every original byte-exact', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    const made = await backupLibrary(dir, backup);
    expect(made).toMatchObject({ ok: true, value: { articles: 2, originals: 2 } });

    const target = join(await tempDir(), 'restored');
    expect(await restoreLibrary(backup, target)).toMatchObject({ ok: true, value: { articles: 2 } });

    expect(readTables(target)).toEqual(readTables(dir));
    const hashes = await originalHashes(target);
    expect(hashes).toHaveLength(2);
    for (const { sha256, actual } of hashes) expect(actual).toBe(sha256);
    expect(hashes).toEqual(await originalHashes(dir));
    expect((await checkLibrary(target)).findings.filter((f) => f.severity === 'problem')).toEqual([]);
  });

  it('refuses a backup folder that is not empty', async () => {
    const dir = await closedLibrary();
    const backup = await tempDir();
    await writeFile(join(backup, 'notes.txt'), 'mine');
    const made = await backupLibrary(dir, backup);
    expect(made).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(backup)).toEqual(['notes.txt']);
  });

  it('refuses a tampered backup before writing anything', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    const made = await backupLibrary(dir, backup);
    if (!made.ok) throw new Error(made.error.message);
    const original = made.value.files.find((file) => file.path.startsWith('originals/'));
    if (original === undefined) throw new Error('no original in the backup');
    const path = join(backup, ...original.path.split('/'));
    const bytes = await readFile(path);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(path, bytes);

    const parent = await tempDir();
    const restored = await restoreLibrary(backup, join(parent, 'restored'));
    expect(restored).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    if (!restored.ok) expect(restored.error.message).toContain(original.path);
    expect(await readdir(parent)).toEqual([]);
  });

  it('refuses to replace an existing library without force, and with force moves it aside', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    await backupLibrary(dir, backup);
    const other = await closedLibrary();
    const before = readTables(other);

    expect(await restoreLibrary(backup, other)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(readTables(other)).toEqual(before);

    const forced = await restoreLibrary(backup, other, {
      force: true,
      now: () => new Date('2026-11-26T10:00:00Z'),
    });
    if (!forced.ok) throw new Error(forced.error.message);
    expect(forced.value.movedAside).toBe(`${other}.before-restore-2026-11-26T10-00-00.000Z`);
    expect(readTables(forced.value.movedAside ?? '')).toEqual(before);
    expect(readTables(other)).toEqual(readTables(dir));
    await rm(forced.value.movedAside ?? '', { recursive: true, force: true });
  });

  it('takes a consistent backup while an import is writing to the open library', async () => {
    const source = await tempDir();
    const files: string[] = [];
    for (let n = 0; n < 24; n += 1)
      files.push(
        await writeTestFile(
          join(source, `${n}.html`),
          articleHtml({
            title: `Council minutes ${n}`,
            body: `Item ${n} on the agenda was discussed at length.`,
          }),
        ),
      );
    const { library, dir } = await libraryWith([{ title: 'First story', body: 'Already here.' }]);
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: files, uploads: false });
    if (!started.ok) throw new Error(started.error.message);
    const done = finished(started.value.batchId);
    const backups: string[] = [];
    const state = { importing: true };
    void done.then(() => {
      state.importing = false;
    });
    while (state.importing || backups.length < 2) {
      const backup = join(await tempDir(), 'backup');
      const made = await backupLibrary(dir, backup);
      if (!made.ok) throw new Error(made.error.message);
      backups.push(backup);
    }
    await done;
    const counts = new Set<number>();
    for (const backup of backups) {
      const target = join(await tempDir(), 'restored');
      const restored = await restoreLibrary(backup, target);
      if (!restored.ok) throw new Error(restored.error.message);
      counts.add(restored.value.articles);
      const problems = (await checkLibrary(target)).findings.filter((f) => f.severity === 'problem');
      expect(problems).toEqual([]);
      for (const { sha256, actual } of await originalHashes(target)) expect(actual).toBe(sha256);
    }
    // At least one backup was taken mid-import, else this test would prove nothing about concurrency.
    expect(counts.size).toBeGreaterThan(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(25);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });
});
