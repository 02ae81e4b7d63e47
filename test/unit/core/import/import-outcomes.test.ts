import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalRelativePath } from '../../../../main/core/store/original-store.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  recordEvents,
  tempDir,
  writeTestFile,
} from './library-test-kit.ts';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

describe('importing files', () => {
  it('imports a saved page and reports its new article id', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const file = await writeTestFile(
      join(dir, 'in', 'page.html'),
      articleHtml({ title: 'Tides', body: 'Moon.' }),
    );

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.state).toBe('finished');
    expect(batch.outcomes).toEqual([{ file, status: 'imported', id: 1 }]);
    const article = await library.getArticle({ id: 1 as never });
    expect(article.ok && article.value.title).toBe('Tides');
    expect(article.ok && article.value.provenance.fileName).toBe('page.html');
  });

  it('reports identical bytes as a duplicate of the first article without adding a row', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const html = articleHtml({ title: 'First copy', body: 'Same bytes.' });
    const first = await writeTestFile(join(dir, 'in', 'a.html'), html);
    const second = await writeTestFile(join(dir, 'in', 'b.html'), html);

    await importAndWait(library, { paths: [first], uploads: false });
    const batch = await importAndWait(library, { paths: [second], uploads: false });

    expect(batch.outcomes).toEqual([
      { file: second, status: 'duplicate', duplicateOf: { id: 1, title: 'First copy' } },
    ]);
    const info = await library.getLibraryInfo({});
    expect(info.ok && info.value.articleCount).toBe(1);
  });

  it('imports identical files of one batch once and reports the other as its duplicate', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { workerCount: 2 });
    const html = articleHtml({ title: 'Twin', body: 'Same bytes twice.' });
    const folder = join(dir, 'twins');
    await writeTestFile(join(folder, 'a.html'), html);
    await writeTestFile(join(folder, 'b.html'), html);

    const batch = await importAndWait(library, { paths: [folder], uploads: false });

    expect(batch.imported).toBe(1);
    expect(batch.duplicates).toBe(1);
    expect(batch.outcomes.find((o) => o.status === 'duplicate')?.duplicateOf).toEqual({
      id: 1,
      title: 'Twin',
    });
  });

  it('fails a named file that is not HTML with not-html', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    // A ZIP archive's signature: neither a page nor a text dump, whatever its name says.
    const file = await writeTestFile(join(dir, 'notes.txt'), 'PK\u0003\u0004 zipped notes');

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.outcomes[0]?.status).toBe('failed');
    expect(batch.outcomes[0]?.error?.code).toBe('not-html');
  });

  it('fails an empty file with empty', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const file = await writeTestFile(join(dir, 'empty.html'), '');

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.outcomes[0]?.error?.code).toBe('empty');
  });

  it('fails a missing file with unreadable', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const missing = join(dir, 'gone.html');

    const batch = await importAndWait(library, { paths: [missing], uploads: false });

    expect(batch.outcomes).toHaveLength(1);
    expect(batch.outcomes[0]).toMatchObject({
      file: missing,
      status: 'failed',
      error: { code: 'unreadable' },
    });
    expect(batch.outcomes[0]?.error?.message).toContain('ENOENT');
  });

  it('fails a file over the size limit with too-large', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { maxFileBytes: 100 });
    const file = await writeTestFile(
      join(dir, 'big.html'),
      articleHtml({ title: 'Big', body: 'x'.repeat(200) }),
    );

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.outcomes[0]?.error?.code).toBe('too-large');
  });

  it('names a too-large file once in its reason, by its name, as the outcome already shows its path', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { maxFileBytes: 100 });
    const file = await writeTestFile(
      join(dir, 'saved', 'big.html'),
      articleHtml({ title: 'Big', body: 'x'.repeat(200) }),
    );

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.outcomes[0]?.file).toBe(file);
    expect(batch.outcomes[0]?.error?.message).toMatch(
      /^big\.html is \d+ bytes, over the 100 bytes limit per file$/,
    );
  });

  it('names a too-large upload once in its reason, by its name, not its path in the drop', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { maxFileBytes: 100 });
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [], uploads: true });
    if (!started.ok) throw new Error(started.error.message);
    const html = articleHtml({ title: 'Big', body: 'x'.repeat(200) });
    const dataBase64 = Buffer.from(html).toString('base64');
    const file = { name: 'big.html', path: 'drop/saved/big.html', lastModified: null, dataBase64 };

    await library.uploadFiles({ batchId: started.value.batchId, files: [file], final: true });
    const batch = await finished(started.value.batchId);

    expect(batch.outcomes[0]?.file).toBe('drop/saved/big.html');
    expect(batch.outcomes[0]?.error?.message).toMatch(
      /^big\.html is \d+ bytes, over the 100 bytes limit per file$/,
    );
  });

  it('refuses by name and size an upload whose size came without its bytes (too large to send)', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'), { maxFileBytes: 100 });
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [], uploads: true });
    if (!started.ok) throw new Error(started.error.message);
    const file = { name: 'huge.html', path: 'drop/huge.html', lastModified: null, dataBase64: '', size: 250 };

    await library.uploadFiles({ batchId: started.value.batchId, files: [file], final: true });
    const batch = await finished(started.value.batchId);

    expect(batch.outcomes[0]?.error).toEqual({
      code: 'too-large',
      message: 'huge.html is 250 bytes, over the 100 bytes limit per file',
    });
  });

  it('goes on with a folder when one of its files is bad, taking only saved-page files from it', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const folder = join(dir, 'saved');
    await writeTestFile(join(folder, 'a.html'), articleHtml({ title: 'Alpha', body: 'One.' }));
    await writeTestFile(join(folder, 'b.html'), 'PK\u0003\u0004 an archive pretending to be a page');
    await writeTestFile(join(folder, 'sub', 'c.htm'), articleHtml({ title: 'Gamma', body: 'Three.' }));
    await writeTestFile(join(folder, 'readme.pdf'), 'skipped: not taken from folders');

    const batch = await importAndWait(library, { paths: [folder], uploads: false });

    expect(batch.state).toBe('finished');
    expect(batch.total).toBe(3);
    expect(batch.imported).toBe(2);
    expect(batch.failed).toBe(1);
    const failed = batch.outcomes.find((o) => o.status === 'failed');
    expect(failed?.file).toBe(join(folder, 'b.html'));
    expect(failed?.error?.code).toBe('not-html');
  });

  it('imports files a browser uploads into an open batch until the final upload', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const { finished } = recordEvents(library);
    const started = await library.startImport({ paths: [], uploads: true });
    if (!started.ok) throw new Error(started.error.message);
    const { batchId } = started.value;
    const upload = (title: string, path: string) => ({
      name: path.split('/').at(-1) ?? path,
      path,
      lastModified: 1_700_000_000_000,
      dataBase64: Buffer.from(articleHtml({ title, body: 'Uploaded.' })).toString('base64'),
    });

    expect(
      await library.uploadFiles({ batchId, files: [upload('One', 'drop/one.html')], final: false }),
    ).toEqual({
      ok: true,
      value: { accepted: 1 },
    });
    await library.uploadFiles({ batchId, files: [upload('Two', 'drop/two.html')], final: true });
    await finished(batchId);
    const batch = await library.getImportBatch({ batchId });

    if (!batch.ok) throw new Error(batch.error.message);
    expect(batch.value.state).toBe('finished');
    expect(batch.value.imported).toBe(2);
    const id = batch.value.outcomes.find((o) => o.file === 'drop/one.html')?.id;
    if (id === undefined) throw new Error('drop/one.html was not imported');
    const article = await library.getArticle({ id });
    expect(article.ok && article.value.provenance.filePath).toBe('drop/one.html');
    expect(article.ok && article.value.provenance.modifiedAt).toBe(new Date(1_700_000_000_000).toISOString());
  });

  it('stores the original byte-exact under its SHA-256', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    // Latin-1 bytes and a BOM-less mix: anything re-encoded would change the hash.
    const bytes = Buffer.concat([
      Buffer.from(articleHtml({ title: 'Bytes', body: 'caf' })),
      Buffer.from([0xe9, 0x0d, 0x0a]),
    ]);
    const file = await writeTestFile(join(dir, 'bytes.html'), bytes);

    await importAndWait(library, { paths: [file], uploads: false });

    const stored = await readFile(join(dir, 'lib', originalRelativePath(sha256(bytes))));
    expect(sha256(stored)).toBe(sha256(bytes));
    const article = await library.getArticle({ id: 1 as never });
    expect(article.ok && article.value.provenance).toMatchObject({
      sha256: sha256(bytes),
      size: bytes.length,
    });
  });
});
