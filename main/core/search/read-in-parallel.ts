import { open } from 'node:fs/promises';

/**
 * Reads a whole file with several reads at once, each filling its own part of one buffer. libuv
 * runs them on separate threads, so a large file is copied in by every core: the index's postings
 * (~320 MB at 100k articles) took 1.2 s as one read on a 2-core machine, 0.7 s as two or more.
 */
export async function readInParallel(path: string, parts = 4): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    // Not from the pool: the whole buffer is overwritten, and a Uint32Array view needs its alignment.
    const buffer = Buffer.allocUnsafeSlow(size);
    const chunk = Math.ceil(size / parts);
    await Promise.all(
      Array.from({ length: parts }, async (_, part) => {
        let at = part * chunk;
        const end = Math.min(size, at + chunk);
        while (at < end) {
          const { bytesRead } = await handle.read(buffer, at, end - at, at);
          // The file shrank under us: a torn index, which unpacking then reports.
          if (bytesRead === 0) throw new RangeError(`${path} ended at ${at} bytes, not ${size}`);
          at += bytesRead;
        }
      }),
    );
    return buffer;
  } finally {
    await handle.close();
  }
}
