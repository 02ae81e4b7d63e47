import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/core/logger.ts';
import { createCleanPool } from '../../../../main/core/import/clean-pool.ts';

const page = new TextEncoder().encode('<html><body><p>Hello there, reader.</p></body></html>');

describe('the cleaning worker pool', () => {
  it('cleans a page on a worker thread', async () => {
    const pool = createCleanPool({
      workerUrl: new URL('../../../../main/core/import/clean-worker.ts', import.meta.url),
      workerCount: 1,
      timeoutMs: 20_000,
      logger: silentLogger,
    });
    try {
      const result = await pool.clean(page, 'hello.html');
      expect(result.ok).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fails a page that takes too long as unreadable and replaces the worker', async () => {
    const warnings: string[] = [];
    const pool = createCleanPool({
      workerUrl: new URL('./hanging-clean-worker.ts', import.meta.url),
      workerCount: 1,
      timeoutMs: 300,
      logger: { ...silentLogger, warn: (message) => warnings.push(message) },
    });
    try {
      const [first, second] = await Promise.all([
        pool.clean(page, 'slow-1.html'),
        pool.clean(page, 'slow-2.html'),
      ]);
      expect(first.ok ? null : first.error.code).toBe('unreadable');
      expect(first.ok ? '' : first.error.message).toMatch(/longer than/);
      // The second page got a fresh worker after the first timed out, instead of waiting forever.
      expect(second.ok ? null : second.error.code).toBe('unreadable');
      expect(warnings).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });
});
