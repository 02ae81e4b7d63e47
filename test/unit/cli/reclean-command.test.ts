import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CLEANER_VERSION } from '../../../main/core/clean/cleaned-page.ts';
import { useTempDir } from '../support/temp-dir.ts';
import { spawnDossier as dossier } from './support/run-dossier.ts';

const tempDir = useTempDir();

function writePage(dir: string, name: string, title: string): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i + 1} of ${title} tells the story in plain and ordinary words.</p>`,
  );
  const path = join(dir, name);
  writeFileSync(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`,
  );
  return path;
}

// Each test starts the real `dossier` process one to three times (1–2 s each on a busy 2-core
// machine): the time allowed is for the processes, not part of what is tested.
describe('dossier reclean', { timeout: 30_000 }, () => {
  it('re-cleans the outdated articles, or all with --all, and prints a JSON summary', () => {
    const dir = tempDir();
    const library = join(dir, 'lib');
    const pages = [writePage(dir, 'a.html', 'Harbour cranes'), writePage(dir, 'b.html', 'Glacier survey')];
    expect(dossier(['import', ...pages, '--library', library]).code).toBe(0);
    const db = new DatabaseSync(join(library, 'library.sqlite'));
    db.prepare('UPDATE articles SET cleaner_version = ? WHERE id = 1').run(CLEANER_VERSION - 1);
    db.close();

    const outdated = dossier(['reclean', '--json', '--library', library]);
    const all = dossier(['reclean', '--all', '--json', '--library', library]);

    expect(outdated.code).toBe(0);
    expect(JSON.parse(outdated.stdout)).toEqual({
      state: 'finished',
      total: 1,
      recleaned: 1,
      failed: 0,
      failures: [],
    });
    expect(outdated.stderr).toContain('1/1 · 1 re-cleaned · 0 failed');
    expect(JSON.parse(all.stdout)).toMatchObject({ state: 'finished', total: 2, recleaned: 2 });
    const check = new DatabaseSync(join(library, 'library.sqlite'));
    const versions = check.prepare('SELECT DISTINCT cleaner_version AS v FROM articles').all();
    check.close();
    expect(versions).toEqual([{ v: CLEANER_VERSION }]);
  });

  it('refuses arguments with a usage exit code', () => {
    const run = dossier(['reclean', 'extra', '--library', join(tempDir(), 'lib')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('takes no arguments');
  });
});
