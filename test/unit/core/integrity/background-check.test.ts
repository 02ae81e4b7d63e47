// Issue 7: the start-up integrity check runs in the background of an open library, repairs what is
// safe and reports the rest through getLibraryHealth and a 'library-health' event.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import type { LibraryHealth } from '../../../../main/shared/health-types.ts';
import { openTestLibrary } from '../import/library-test-kit.ts';
import { libraryWith } from '../trash/trash-test-kit.ts';

const strayHash = 'ab'.repeat(32);
const strayPath = join('originals', 'ab', 'ab', strayHash);

/** A closed library of two imported articles. */
async function closedLibrary(): Promise<string> {
  const { library, dir } = await libraryWith([
    { title: 'Harbour dues', body: 'Dues rise in May.' },
    { title: 'Harbour lights', body: 'Lights go dark at ten.' },
  ]);
  await library.close();
  return dir;
}

/** Opens a library with the background check on, and resolves with its first finished health. */
async function openChecked(dir: string): Promise<{ library: Library; health: Promise<LibraryHealth> }> {
  let settle: (health: LibraryHealth) => void = () => undefined;
  const health = new Promise<LibraryHealth>((resolve) => {
    settle = resolve;
  });
  const library = await openTestLibrary(dir, { backgroundCheck: { delayMs: 0 } });
  library.onEvent((event) => {
    if (event.type === 'library-health') settle(event.health);
  });
  return { library, health };
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Overwrites the root page of one index with garbage: opening never reads it, quick_check does. */
async function scrambleIndex(file: string, index: string): Promise<void> {
  const side = new DatabaseSync(file, { readOnly: true });
  const row = side.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(index) as {
    rootpage: number;
  };
  const { page_size: size } = side.prepare('PRAGMA page_size').get() as { page_size: number };
  side.close();
  const bytes = await readFile(file);
  for (let i = (row.rootpage - 1) * size; i < row.rootpage * size; i++) bytes[i] = (i * 13) & 0xff;
  await writeFile(file, bytes);
}

async function writeStray(dir: string, ageMs: number): Promise<void> {
  await mkdir(join(dir, 'originals', 'ab', 'ab'), { recursive: true });
  await writeFile(join(dir, strayPath), '<p>left by a crash</p>');
  const when = new Date(Date.now() - ageMs);
  await utimes(join(dir, strayPath), when, when);
}

describe('the background start-up check', () => {
  it('reports a damaged index page as damaged, with the commands for this library, and writes no byte of the database', async () => {
    const dir = await closedLibrary();
    const file = join(dir, 'library.sqlite');
    await scrambleIndex(file, 'articles_normalized_url');
    const before = await sha256(file);

    const { library, health } = await openChecked(dir);
    const reported = await health;
    const asked = await library.getLibraryHealth({});
    // Before close: closing checkpoints the WAL, which carries the library's own writes at open.
    const after = await sha256(file);

    expect(reported.state).toBe('damaged');
    expect(reported.checkedAt).not.toBeNull();
    expect(reported.problems.map((problem) => problem.kind)).toEqual(['database']);
    expect(reported.problems[0]?.message).toContain('is damaged');
    expect(reported.advice).toContain(`  dossier backup <new-folder> --library ${dir}`);
    expect(reported.advice).toContain(`  dossier check --library ${dir}`);
    expect(reported.advice).toContain(
      'Nothing was overwritten: the damaged database is left exactly as it was.',
    );
    expect(asked).toEqual({ ok: true, value: reported });
    expect(after).toBe(before);
  }, 60_000);

  it('moves an orphaned original left before this run into lost+found and says so', async () => {
    const dir = await closedLibrary();
    await writeStray(dir, 60_000);

    const { library, health } = await openChecked(dir);
    const reported = await health;

    expect(reported.state).toBe('repaired');
    expect(reported.problems).toEqual([]);
    expect(reported.repaired).toEqual([`Moved ${strayPath} into lost+found/: it belonged to no article.`]);
    expect((await stat(join(dir, 'lost+found', 'originals', strayHash))).isFile()).toBe(true);
    await expect(stat(join(dir, strayPath))).rejects.toThrow(/ENOENT/);
    expect(await library.getLibraryHealth({})).toEqual({ ok: true, value: reported });
  }, 60_000);

  it('reports an original that has gone missing as damage to restore, not to repair', async () => {
    const dir = await closedLibrary();
    const side = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
    const { path } = side.prepare('SELECT path FROM originals ORDER BY sha256 LIMIT 1').get() as {
      path: string;
    };
    side.close();
    await rm(join(dir, path));

    const { health } = await openChecked(dir);
    const reported = await health;

    expect(reported.state).toBe('damaged');
    expect(reported.problems).toEqual([expect.objectContaining({ kind: 'missing-file', path })]);
    expect(reported.repaired).toEqual([]);
    expect(reported.advice).toContain('Nothing was deleted or overwritten.');
    expect(reported.advice).toContain(`  dossier restore <backup-folder> --force --library ${dir}`);
  }, 60_000);

  it('leaves a file written during this run alone, as an import in flight may own it', async () => {
    const dir = await closedLibrary();
    await writeStray(dir, -60_000);

    const { health } = await openChecked(dir);
    const reported = await health;

    expect(reported.state).toBe('ok');
    expect(reported.repaired).toEqual([]);
    expect((await stat(join(dir, strayPath))).isFile()).toBe(true);
  }, 60_000);

  it('is skipped, and says so, when the library is opened without it (one-shot commands, tests)', async () => {
    const dir = await closedLibrary();
    const library = await openTestLibrary(dir);

    const asked = await library.getLibraryHealth({});

    expect(asked.ok && asked.value.state).toBe('skipped');
  }, 60_000);

  it('is checking until the check has run, and closing stops it', async () => {
    const dir = await closedLibrary();
    const library = await openTestLibrary(dir, { backgroundCheck: { delayMs: 60_000 } });

    const asked = await library.getLibraryHealth({});
    await library.close();

    expect(asked.ok && asked.value.state).toBe('checking');
  }, 60_000);
});
