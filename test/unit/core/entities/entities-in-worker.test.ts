import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const suggester = fileURLToPath(
  new URL('../../../../main/core/entities/suggest-entities.ts', import.meta.url),
);

describe('suggestEntities in a worker thread', () => {
  it('loads compromise as an ES module inside a worker and suggests the same names', async () => {
    const source = `
      import { parentPort, workerData } from 'node:worker_threads';
      const { suggestEntities } = await import(workerData.suggester);
      parentPort.postMessage(suggestEntities('Angela Merkel flew from Berlin to Microsoft Corp. in Seattle.', 'en'));`;
    const worker = new Worker(source, { eval: true, workerData: { suggester } });
    const result = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();

    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Angela Merkel', type: 'person' }),
        expect.objectContaining({ name: 'Berlin', type: 'place' }),
        expect.objectContaining({ name: 'Microsoft Corp.', type: 'organisation' }),
        expect.objectContaining({ name: 'Seattle', type: 'place' }),
      ]),
    );
  });
});
