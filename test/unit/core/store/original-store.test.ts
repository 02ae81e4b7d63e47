import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of, storeOriginal } from '../../../../main/core/store/original-store.ts';
import { tempDir } from '../import/library-test-kit.ts';

describe('the original store', () => {
  it('stores bytes exactly under a path named by their SHA-256 and leaves no temp file', async () => {
    const dir = await tempDir();
    const bytes = new Uint8Array([0, 255, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0xe9, 13, 10]);
    const hash = createHash('sha256').update(bytes).digest('hex');

    const relative = await storeOriginal(dir, sha256Of(bytes), bytes);

    expect(relative).toBe(join('originals', hash.slice(0, 2), hash.slice(2, 4), hash));
    expect(new Uint8Array(await readFile(join(dir, relative)))).toEqual(bytes);
    expect(await readdir(join(dir, 'originals', 'tmp'))).toEqual([]);
  });
});
