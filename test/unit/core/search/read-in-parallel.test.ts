import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInParallel } from '../../../../main/core/search/read-in-parallel.ts';
import { tempDir } from '../import/library-test-kit.ts';

async function fileOf(bytes: Uint8Array): Promise<string> {
  const path = join(await tempDir(), 'file.bin');
  await writeFile(path, bytes);
  return path;
}

describe('reading a file in parallel parts', () => {
  it('gives back every byte in order, whatever the number of parts', async () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31 + 7) % 256);
    const path = await fileOf(bytes);

    for (const parts of [1, 2, 3, 4, 7])
      expect(Buffer.compare(await readInParallel(path, parts), bytes)).toBe(0);
  });

  it('reads an empty file, and a file smaller than its number of parts', async () => {
    expect((await readInParallel(await fileOf(new Uint8Array(0)), 4)).byteLength).toBe(0);
    expect([...(await readInParallel(await fileOf(Uint8Array.of(1, 2, 3)), 8))]).toEqual([1, 2, 3]);
  });

  it('gives a buffer a Uint32Array view can start at', async () => {
    const buffer = await readInParallel(await fileOf(new Uint8Array(4096)), 2);

    expect(buffer.byteOffset % 4).toBe(0);
  });

  it('fails for a missing file', async () => {
    await expect(readInParallel(join(await tempDir(), 'missing.bin'))).rejects.toThrow(/ENOENT/u);
  });
});
