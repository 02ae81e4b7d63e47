import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandPaths, type PendingFile } from '../../../../main/core/import/file-source.ts';

// A folder that cannot be listed. Tests may run as root, whom no permission stops, so the listing of
// the folder named "locked" fails as Node's own EACCES does.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, options?: unknown) => {
    if (path.endsWith('locked'))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), {
        code: 'EACCES',
        syscall: 'scandir',
        path,
      });
    return fs.readdir(path, options as never);
  }) as typeof fs.readdir;
  return { ...fs, readdir };
});

let folder = '';

afterEach(async () => {
  if (folder !== '') await rm(folder, { recursive: true, force: true });
});

describe('a folder that cannot be read', () => {
  it('is named once, by name, with the reason in words, and the rest of the batch is still walked', async () => {
    folder = await mkdtemp(join(tmpdir(), 'dossier-locked-'));
    await mkdir(join(folder, 'locked'));
    await writeFile(join(folder, 'locked', 'inside.html'), 'x');
    await writeFile(join(folder, 'page.html'), 'x');

    const found: PendingFile[] = [];
    for await (const file of expandPaths([folder])) found.push(file);

    expect(found).toEqual([
      {
        kind: 'unreadable-folder',
        path: join(folder, 'locked'),
        message: 'Cannot read the folder locked: permission denied (EACCES)',
      },
      { kind: 'path', path: join(folder, 'page.html') },
    ]);
  });
});
