import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtml, openTestLibrary, recordEvents, tempDir, writeTestFile } from './library-test-kit.ts';

describe('cancelling an import', () => {
  it('stops the batch after the files in flight and keeps what was imported', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const folder = join(dir, 'many');
    for (let i = 0; i < 40; i += 1) {
      await writeTestFile(
        join(folder, `page-${String(i).padStart(2, '0')}.html`),
        articleHtml({ title: `Page ${i}`, body: `Number ${i}.` }),
      );
    }
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [folder], uploads: false });
    if (!started.ok) throw new Error(started.error.message);

    const cancelled = await library.cancelImport({ batchId: started.value.batchId });
    const batch = await finished(started.value.batchId);

    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(batch.state).toBe('cancelled');
    expect(batch.done).toBeLessThan(40);
    const info = await library.getLibraryInfo({});
    expect(info.ok && info.value.articleCount).toBe(batch.imported);
    const again = await library.cancelImport({ batchId: started.value.batchId });
    expect(again).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('ends a running batch as cancelled when the library closes', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const folder = join(dir, 'many');
    for (let i = 0; i < 10; i += 1) {
      await writeTestFile(join(folder, `p${i}.html`), articleHtml({ title: `P ${i}`, body: `${i}` }));
    }
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [folder], uploads: false });
    if (!started.ok) throw new Error(started.error.message);

    await library.close();

    expect((await finished(started.value.batchId)).state).toBe('cancelled');
  });

  it('answers not-found for a batch it never started', async () => {
    const library = await openTestLibrary(join(await tempDir(), 'lib'));

    const result = await library.cancelImport({ batchId: 'nope' as never });

    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});
