import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../main/core/library.ts';
import { libraryWith } from '../trash/trash-test-kit.ts';

describe('opening a library whose database is damaged', () => {
  it('refuses with a coded error naming restore and check, and leaves the file byte-for-byte', async () => {
    const { library, dir } = await libraryWith([{ title: 'Levee holds', body: 'The levee held overnight.' }]);
    await library.close();
    const file = join(dir, 'library.sqlite');
    const bytes = await readFile(file);
    bytes.write('Not a database!!', 0, 'latin1');
    await writeFile(file, bytes);

    const opened = await openLibrary({ dir, workerCount: 1 });

    expect(opened.ok).toBe(false);
    if (opened.ok) await opened.value.close();
    else {
      expect(opened.error.code).toBe('unreadable');
      expect(opened.error.message).toMatch(/dossier restore/);
      expect(opened.error.message).toMatch(/dossier check/);
    }
    expect((await readFile(file)).equals(bytes)).toBe(true);
  });

  it('releases the lock when it refuses, so a restored library opens', async () => {
    const { library, dir } = await libraryWith([{ title: 'Levee holds', body: 'The levee held overnight.' }]);
    await library.close();
    const file = join(dir, 'library.sqlite');
    const good = await readFile(file);
    await writeFile(file, Buffer.concat([Buffer.from('garbage header!!'), good.subarray(16)]));
    expect((await openLibrary({ dir, workerCount: 1 })).ok).toBe(false);

    await writeFile(file, good);
    const reopened = await openLibrary({ dir, workerCount: 1 });
    expect(reopened.ok).toBe(true);
    if (reopened.ok) await reopened.value.close();
  });
});
