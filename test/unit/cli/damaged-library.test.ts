import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/import/library-test-kit.ts';
import { libraryWith } from '../core/trash/trash-test-kit.ts';

// Issue 7: `dossier serve` (and `npm start`'s fallback, which runs it) on a damaged library, in a real process.

const cli = fileURLToPath(new URL('../../../main/cli/dossier.mjs', import.meta.url));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** A closed library of two articles in a folder whose name needs quoting in a shell. */
async function closedLibrary(): Promise<string> {
  const { library, dir } = await libraryWith([
    { title: 'Harbour dues', body: 'Dues rise in May.' },
    { title: 'Harbour lights', body: 'Lights go dark at ten.' },
  ]);
  await library.close();
  const spaced = join(await tempDir(), "Ailsa's library");
  await rename(dir, spaced);
  return spaced;
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Overwrites one page of the database with garbage (page 1 is at offset 0). */
async function scramblePage(file: string, page: number): Promise<void> {
  const bytes = await readFile(file);
  // The page size, from the header (big-endian at offset 16; 1 stands for 65,536).
  const size = bytes.readUInt16BE(16) === 1 ? 65_536 : bytes.readUInt16BE(16);
  for (let i = (page - 1) * size; i < page * size && i < bytes.length; i++) bytes[i] = (i * 13) & 0xff;
  await writeFile(file, bytes);
}

function expectAdvice(stderr: string, dir: string): void {
  const quoted = `'${dir.replaceAll("'", `'\\''`)}'`;
  expect(stderr).toContain(`Dossier cannot open the library at ${dir}: its database is damaged.`);
  expect(stderr).toContain('Nothing was overwritten');
  expect(stderr).toContain(`  dossier check --library ${quoted}\n`);
  expect(stderr).toContain(`  dossier restore <backup-folder> --force --library ${quoted}\n`);
  // A message, not a crash.
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('dossier serve on a damaged library', () => {
  it('exits 1 naming the library, with the exact check and restore commands, and changes no byte', async () => {
    const dir = await closedLibrary();
    const db = join(dir, 'library.sqlite');
    await scramblePage(db, 1);
    const before = await sha256(db);

    const served = run(['serve', '--port', '0', '--library', dir]);

    expect(served.code).toBe(1);
    expect(served.stdout).toBe('');
    expectAdvice(served.stderr, dir);
    expect(await sha256(db)).toBe(before);
  }, 60_000);

  it('explains damage that only reading the rows finds (the index rebuild), instead of a stack trace', async () => {
    const dir = await closedLibrary();
    const db = join(dir, 'library.sqlite');
    const side = new DatabaseSync(db, { readOnly: true });
    const { rootpage } = side.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").get() as {
      rootpage: number;
    };
    side.close();
    await scramblePage(db, rootpage);
    // Without the index the library reads every article to rebuild it.
    await rm(join(dir, 'index'), { recursive: true, force: true });

    const served = run(['serve', '--port', '0', '--library', dir]);

    expect(served.code).toBe(1);
    expectAdvice(served.stderr, dir);
  }, 60_000);

  it('prints commands that work as printed: check reports the damage, restore puts the backup back', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    expect(run(['backup', backup, '--library', dir]).code).toBe(0);
    await scramblePage(join(dir, 'library.sqlite'), 1);
    const { stderr } = run(['serve', '--library', dir]);
    const commands = [...stderr.matchAll(/^ {2}(dossier .*)$/gm)].map((match) => match[1] ?? '');
    expect(commands).toHaveLength(2);
    const shell = (command: string): ReturnType<typeof run> => {
      const line = command.replace(/^dossier /, `"${process.execPath}" "${cli}" `);
      const child = spawnSync('sh', ['-c', line.replace('<backup-folder>', `"${backup}"`)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: child.status, stdout: child.stdout, stderr: child.stderr };
    };

    const checked = shell(commands[0] ?? '');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('database damaged');
    const restored = shell(commands[1] ?? '');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Restored 2 article(s)');
    const aside = /moved to (.*)\.\n$/.exec(restored.stdout)?.[1];
    if (aside !== undefined) await rm(aside, { recursive: true, force: true });
  }, 120_000);
});
