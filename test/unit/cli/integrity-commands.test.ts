import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTestFile } from '../core/import/library-test-kit.ts';
import { libraryWith } from '../core/trash/trash-test-kit.ts';
import { dossier } from './support/run-dossier.ts';

async function closedLibrary(): Promise<string> {
  const { library, dir } = await libraryWith([{ title: 'Bridge tolls rise', body: 'Tolls rise in March.' }]);
  await library.close();
  return dir;
}

describe('dossier check, compact, backup and restore', () => {
  it('checks a sound library with exit 0, and finds and repairs an orphan with --repair', async () => {
    const dir = await closedLibrary();
    expect(await dossier(['check', '--library', dir])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('No problems found.') as unknown,
    });
    await writeTestFile(join(dir, 'originals', 'cd', 'cd', 'cd'.repeat(32)), 'stray');

    const found = await dossier(['check', '--json', '--library', dir]);
    expect(found.code).toBe(1);
    expect(JSON.parse(found.stdout)).toMatchObject({ findings: [{ kind: 'orphan-file' }], repaired: null });

    const repaired = await dossier(['check', '--repair', '--library', dir]);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain('moved 1 orphaned file(s) to lost+found/');
  });

  it('refuses to check a library another process has open', async () => {
    const { dir } = await libraryWith([{ title: 'Open library', body: 'Still open.' }]);
    const refused = await dossier(['check', '--library', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('open in another Dossier process');
  });

  it('compacts a closed library to 16 KB pages, and refuses one another process has open', async () => {
    const dir = await closedLibrary();
    const compacted = await dossier(['compact', '--json', '--library', dir]);
    expect(compacted.code).toBe(0);
    expect(JSON.parse(compacted.stdout)).toMatchObject({ pageSizeAfter: 16_384, articles: 1 });
    expect((await dossier(['show', '1', '--json', '--library', dir])).code).toBe(0);

    const { dir: open } = await libraryWith([{ title: 'Open library', body: 'Still open.' }]);
    const refused = await dossier(['compact', '--library', open]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('open in another Dossier process');
  });

  it('backs up, refuses to restore over a library without --force, and restores with it', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    expect(await dossier(['backup', backup, '--library', dir])).toMatchObject({
      code: 0,
      stdout: `Backed up 1 article(s), 1 original(s) and 0 image(s) to ${backup}.\n`,
    });
    const refused = await dossier(['restore', backup, '--library', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');

    const forced = await dossier(['restore', backup, '--force', '--library', dir]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(
      /Restored 1 article\(s\) into .*The previous library was moved to .*before-restore-/,
    );
    expect((await dossier(['show', '1', '--json', '--library', dir])).code).toBe(0);
    const aside = /moved to (.*)\.\n$/.exec(forced.stdout)?.[1];
    if (aside !== undefined) await rm(aside, { recursive: true, force: true });
  });

  it('refuses to restore a backup whose manifest was edited', async () => {
    const dir = await closedLibrary();
    const backup = join(await tempDir(), 'backup');
    await dossier(['backup', backup, '--library', dir]);
    await writeFile(join(backup, 'dossier-backup.json'), '{"format":"something else"}');
    const target = join(await tempDir(), 'restored');
    const refused = await dossier(['restore', backup, '--library', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not a usable Dossier backup');
  });
});
