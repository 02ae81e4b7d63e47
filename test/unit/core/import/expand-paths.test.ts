import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandPaths, loadPendingFile } from '../../../../main/core/import/file-source.ts';

let folder = '';

afterEach(async () => {
  if (folder !== '') await rm(folder, { recursive: true, force: true });
});

describe('expandPaths', () => {
  it('takes saved pages, MHTML, XHTML, text and Markdown from a folder, but not images', async () => {
    folder = await mkdtemp(join(tmpdir(), 'dossier-expand-'));
    const names = ['a.html', 'b.htm', 'c.xhtml', 'd.mhtml', 'e.MHT', 'f.txt', 'g.md', 'h.png', 'i.pdf'];
    for (const name of names) await writeFile(join(folder, name), 'x');
    const found: string[] = [];
    for await (const file of expandPaths([folder])) if (file.kind === 'path') found.push(basename(file.path));
    expect(found).toEqual(['a.html', 'b.htm', 'c.xhtml', 'd.mhtml', 'e.MHT', 'f.txt', 'g.md']);
  });
});

describe('a file that cannot be read', () => {
  it('is named once, by name, with the reason in words: the outcome gives its path beside it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'dossier-unreadable-'));
    const gone = join(folder, 'gone.html');

    const result = await loadPendingFile({ kind: 'path', path: gone }, 1_000_000);

    expect(result.ok ? null : result.error).toEqual({
      code: 'unreadable',
      message: 'Cannot read gone.html: no such file or directory (ENOENT)',
    });
  });
});
