// Issue 7, Tests: "concurrent import of the same files from two sources". Two batches of one library
// (a folder on disk and the same pages dropped into the browser) race over the same bytes; a second
// process is refused while the first holds the library.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../main/core/library.ts';
import type { ImportBatch } from '../../../main/shared/types.ts';
import { importAndWait, openTestLibrary, recordEvents, tempDir } from '../core/import/library-test-kit.ts';
import {
  checkAndRepair,
  storedArticles,
  verifyCommitted,
  writePages,
  type CommittedArticle,
} from './support/durability-kit.ts';

const pageCount = 12;
const cli = fileURLToPath(new URL('../../../main/cli/dossier.mjs', import.meta.url));

/** Imports the pages as the browser would send a dropped folder: one open batch, uploads, final. */
async function importUploads(library: Library, pages: readonly string[]): Promise<ImportBatch> {
  const { finished } = recordEvents(library);
  const started = await library.startImport({ paths: [], uploads: true });
  if (!started.ok) throw new Error(started.error.message);
  const files = await Promise.all(
    pages.map(async (page) => ({
      name: basename(page),
      path: `dropped/${basename(page)}`,
      lastModified: null,
      dataBase64: (await readFile(page)).toString('base64'),
    })),
  );
  const sent = await library.uploadFiles({ batchId: started.value.batchId, files, final: true });
  if (!sent.ok) throw new Error(sent.error.message);
  return finished(started.value.batchId);
}

describe('the same files imported from two sources at once', () => {
  it('end as exactly one article per file, each batch naming the same article, with no orphan originals', async () => {
    const pages = await writePages(join(await tempDir('dossier-twice-pages-'), 'pages'), pageCount);
    const libraryDir = await tempDir('dossier-twice-library-');
    const library = await openTestLibrary(libraryDir);

    const [fromDisk, fromBrowser] = await Promise.all([
      importAndWait(library, { paths: [join(pages[0] ?? '', '..')], uploads: false }),
      importUploads(library, pages),
    ]);

    for (const batch of [fromDisk, fromBrowser]) {
      expect(batch.failed).toBe(0);
      expect(batch.imported + batch.duplicates).toBe(pageCount);
    }
    expect(fromDisk.imported + fromBrowser.imported).toBe(pageCount);
    // Both batches name one article per page: the file's own, or the one it duplicates.
    const idOf = (batch: ImportBatch, name: string): number | undefined => {
      const outcome = batch.outcomes.find((o) => basename(o.file) === name);
      return outcome?.id ?? outcome?.duplicateOf?.id;
    };
    const committed: CommittedArticle[] = pages.map((page, index) => {
      const id = idOf(fromDisk, basename(page));
      expect(idOf(fromBrowser, basename(page)), page).toBe(id);
      return { id: id ?? -1, sourcePath: page, index };
    });
    expect(new Set(committed.map((article) => article.id)).size).toBe(pageCount);

    // A second process writing to the library is refused while this one holds it.
    const other = spawnSync(process.execPath, [cli, 'import', pages[0] ?? '', '--library', libraryDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('is open in another Dossier process');

    await library.close();
    expect(storedArticles(libraryDir).size).toBe(pageCount);
    // Not even crash leftovers: the losing file of each race left no original of its own behind.
    expect((await checkAndRepair(libraryDir)).findings).toEqual([]);
    expect(await verifyCommitted(libraryDir, committed)).toBe(pageCount);
  }, 120_000);
});
