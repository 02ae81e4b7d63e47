import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { createCleanPool, defaultWorkerLimits } from '../../../../main/core/import/clean-pool.ts';

const encode = (html: string): Uint8Array => new TextEncoder().encode(html);
const small = encode('<html><body><p>Hello there, reader.</p></body></html>');
// About 10 MB of text in one paragraph: a few nodes, but far more than a 32 MB heap holds once
// decoded, parsed and cleaned.
const bloated = encode(`<html><body><p>${'words and more words '.repeat(500_000)}</p></body></html>`);

describe('the cleaning pool under a memory limit', () => {
  it('fails a page that blows the worker heap as too-complex, replaces the worker and cleans the next page', async () => {
    const warnings: string[] = [];
    const pool = createCleanPool({
      workerUrl: new URL('../../../../main/core/import/clean-worker.ts', import.meta.url),
      workerCount: 1,
      timeoutMs: 120_000,
      logger: { ...silentLogger, warn: (message) => warnings.push(message) },
      resourceLimits: { maxOldGenerationSizeMb: 32 },
    });
    try {
      // One worker: the small page waits behind the bloated one and needs the replacement worker.
      const [first, second] = await Promise.all([
        pool.clean(bloated, 'bloated.html'),
        pool.clean(small, 'small.html'),
      ]);
      expect(first.ok ? null : first.error).toEqual({
        code: 'too-complex',
        message: 'Cleaning bloated.html needed more than 32 MB of memory',
      });
      expect(second.ok).toBe(true);
      expect(warnings).toEqual(['A cleaning worker ran out of memory; replacing it']);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('gives workers a heap limit by default, large enough for a page at the DOM node limit', () => {
    expect(defaultWorkerLimits.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(512);
    expect(defaultWorkerLimits.maxOldGenerationSizeMb).toBeLessThanOrEqual(2048);
  });
});
