import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CLEANER_VERSION } from '../../../../main/core/clean/cleaned-page.ts';
import type { Library } from '../../../../main/core/library.ts';
import { dispatch } from '../../../../main/shared/dispatch.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { ImportBatch } from '../../../../main/shared/types.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  recordEvents,
  tempDir,
  writeTestFile,
} from './library-test-kit.ts';

const spaceSource = new URL('../../../fixtures/articles/space-partnership/source.html', import.meta.url);
const promoText = 'WATCH as Russian Soyuz rocket launches';
const olderVersion = CLEANER_VERSION - 1;

/** Runs SQL on the library's database through a second connection, as an older Dossier would have left it. */
function sql(library: Library, statement: string, ...params: (string | number)[]): void {
  const db = new DatabaseSync(join(library.dir, 'library.sqlite'));
  try {
    db.prepare(statement).run(...params);
  } finally {
    db.close();
  }
}

function markOutdated(library: Library, id: ArticleId): void {
  sql(library, 'UPDATE articles SET cleaner_version = ? WHERE id = ?', olderVersion, id);
}

async function libraryWithPages(count: number): Promise<{ library: Library; ids: ArticleId[] }> {
  const dir = await tempDir();
  const folder = join(dir, 'pages');
  for (let i = 0; i < count; i += 1) {
    const name = `page-${String(i).padStart(2, '0')}.html`;
    await writeTestFile(join(folder, name), articleHtml({ title: `Page ${i}`, body: `Number ${i}.` }));
  }
  const library = await openTestLibrary(join(dir, 'lib'));
  const batch = await importAndWait(library, { paths: [folder], uploads: false });
  const ids = batch.outcomes.flatMap((outcome) => (outcome.id === undefined ? [] : [outcome.id]));
  return { library, ids: ids.sort((a, b) => a - b) };
}

async function libraryWithSpacePage(): Promise<{ library: Library; id: ArticleId }> {
  const file = join(await tempDir(), 'space-partnership.html');
  await copyFile(spaceSource, file);
  const library = await openTestLibrary(join(await tempDir(), 'lib'));
  const batch = await importAndWait(library, { paths: [file], uploads: false });
  const id = batch.outcomes[0]?.id;
  if (id === undefined) throw new Error(`import failed: ${JSON.stringify(batch.outcomes)}`);
  return { library, id };
}

async function recleanAndWait(library: Library, scope: 'outdated' | 'all'): Promise<ImportBatch> {
  const { finished } = recordEvents(library);
  const started = await library.recleanLibrary({ scope });
  if (!started.ok) throw new Error(started.error.message);
  return finished(started.value.batchId);
}

async function searchIds(library: Library, query: string): Promise<number[]> {
  const result = await library.search({ query, limit: 10 });
  return result.ok ? result.value.hits.map((hit) => hit.article.id) : [];
}

async function outdatedCount(library: Library): Promise<number | null> {
  const info = await library.getLibraryInfo({});
  return info.ok ? info.value.outdatedCount : null;
}

describe('re-cleaning the library', () => {
  it('gives an article cleaned by an older cleaner the current cleaner version', async () => {
    const { library, ids } = await libraryWithPages(1);
    const id = ids[0] as ArticleId;
    markOutdated(library, id);
    expect(await outdatedCount(library)).toBe(1);

    const batch = await recleanAndWait(library, 'outdated');

    expect(batch).toMatchObject({ kind: 'reclean', state: 'finished', total: 1, imported: 1, failed: 0 });
    const detail = await library.getArticle({ id });
    expect(detail.ok && detail.value.provenance.cleanerVersion).toBe(CLEANER_VERSION);
    expect(detail.ok && detail.value.text).toContain('Number 0.');
    expect(await outdatedCount(library)).toBe(0);
  });

  it("re-cleans only outdated articles with 'outdated' and every article with 'all'", async () => {
    const { library, ids } = await libraryWithPages(3);
    markOutdated(library, ids[1] as ArticleId);

    const outdated = await recleanAndWait(library, 'outdated');
    const all = await recleanAndWait(library, 'all');

    expect(outdated.outcomes.map((outcome) => outcome.id)).toEqual([ids[1]]);
    expect(all.total).toBe(3);
    expect(all.imported).toBe(3);
    expect(all.outcomes.map((outcome) => outcome.id).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(ids);
  });

  it('keeps a restored block restored, as the article stores its cleaning options', async () => {
    const { library, id } = await libraryWithSpacePage();
    await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: ['promo-blocks:0'] });
    markOutdated(library, id);

    await recleanAndWait(library, 'all');

    const detail = await library.getArticle({ id });
    expect(detail.ok && detail.value.text).toContain(promoText);
    const report = await library.getCleaningReport({ id });
    expect(report.ok && report.value.keptBlocks).toEqual(['promo-blocks:0']);
    expect(report.ok && report.value.cleanerVersion).toBe(CLEANER_VERSION);
  });

  it('makes text that only the new clean produces searchable', async () => {
    const { library, id } = await libraryWithSpacePage();
    // Options stored but not yet applied: only a re-clean puts the kept promo into text and index.
    sql(library, `UPDATE cleaning_options SET kept_blocks = '["promo-blocks:0"]' WHERE article_id = ?`, id);
    markOutdated(library, id);
    expect(await searchIds(library, 'satellites')).toEqual([]);

    await recleanAndWait(library, 'outdated');

    expect(await searchIds(library, 'satellites')).toEqual([id]);
  });

  it('fails only the article whose original is missing, which keeps its old text', async () => {
    const { library, ids } = await libraryWithPages(2);
    const [lost, kept] = ids as [ArticleId, ArticleId];
    const location = new DatabaseSync(join(library.dir, 'library.sqlite'));
    const row = location
      .prepare(
        'SELECT o.path FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ?',
      )
      .get(lost) as { path: string };
    location.close();
    await rm(join(library.dir, row.path));
    sql(library, `UPDATE articles SET text = 'Old text', cleaner_version = ?`, olderVersion);

    const batch = await recleanAndWait(library, 'outdated');

    expect(batch).toMatchObject({ state: 'finished', total: 2, imported: 1, failed: 1 });
    expect(batch.outcomes.find((outcome) => outcome.status === 'failed')).toMatchObject({
      id: lost,
      error: { code: 'unreadable' },
    });
    const lostDetail = await library.getArticle({ id: lost });
    expect(lostDetail.ok && lostDetail.value.text).toBe('Old text');
    expect(lostDetail.ok && lostDetail.value.provenance.cleanerVersion).toBe(olderVersion);
    const keptDetail = await library.getArticle({ id: kept });
    expect(keptDetail.ok && keptDetail.value.text).toMatch(/^Number \d\. This paragraph/);
    expect(await outdatedCount(library)).toBe(1);
  });

  it('stops when cancelled with cancelImport and reports the batch as cancelled', async () => {
    const { library } = await libraryWithPages(12);
    const { finished } = recordEvents(library);
    const started = await library.recleanLibrary({ scope: 'all' });
    if (!started.ok) throw new Error(started.error.message);

    const cancelled = await library.cancelImport({ batchId: started.value.batchId });
    const batch = await finished(started.value.batchId);

    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(batch.state).toBe('cancelled');
    expect(batch.done).toBeLessThan(12);
    const fetched = await library.getImportBatch({ batchId: started.value.batchId });
    expect(fetched.ok && fetched.value.state).toBe('cancelled');
  });

  it('ends a running re-clean as cancelled when the library closes', async () => {
    const { library } = await libraryWithPages(6);
    const { finished } = recordEvents(library);
    const started = await library.recleanLibrary({ scope: 'all' });
    if (!started.ok) throw new Error(started.error.message);

    await library.close();

    expect((await finished(started.value.batchId)).state).toBe('cancelled');
  });

  it('answers the running batch when asked to start a second one', async () => {
    const { library } = await libraryWithPages(4);

    const first = await library.recleanLibrary({ scope: 'all' });
    const second = await library.recleanLibrary({ scope: 'all' });

    expect(first.ok && second.ok && second.value.batchId).toBe(first.ok && first.value.batchId);
  });

  it('refuses an unknown scope as invalid-request through dispatch', async () => {
    const { library } = await libraryWithPages(0);

    const result = await dispatch(library, 'recleanLibrary', { scope: 'some' });

    expect(result.ok ? null : result.error.code).toBe('invalid-request');
  });
});
