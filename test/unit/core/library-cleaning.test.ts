import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../main/core/library.ts';
import type { ArchiveEvent } from '../../../main/shared/api.ts';
import { dispatch } from '../../../main/shared/dispatch.ts';
import { toArticleId, type ArticleId } from '../../../main/shared/ids.ts';
import { importAndWait, openTestLibrary, tempDir } from './import/library-test-kit.ts';

const source = new URL('../../fixtures/articles/space-partnership/source.html', import.meta.url);
const promoText = 'WATCH as Russian Soyuz rocket launches';

async function libraryWithSpacePage(): Promise<{ library: Library; id: ArticleId }> {
  const dir = await tempDir();
  const file = join(await tempDir(), 'space-partnership.html');
  await copyFile(source, file);
  const library = await openTestLibrary(dir);
  const batch = await importAndWait(library, { paths: [file], uploads: false });
  const outcome = batch.outcomes[0];
  if (outcome?.status !== 'imported' || outcome.id === undefined)
    throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return { library, id: outcome.id };
}

async function searchIds(library: Library, query: string): Promise<number[]> {
  const result = await library.search({ query, limit: 10 });
  return result.ok ? result.value.hits.map((hit) => hit.article.id) : [];
}

describe('the cleaning report', () => {
  it('is stored at import and returned with counts per kind and default options', async () => {
    const { library, id } = await libraryWithSpacePage();

    const report = await library.getCleaningReport({ id });

    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.articleId).toBe(id);
    expect(report.value.removed.length).toBeGreaterThan(10);
    expect(report.value.removed).toContainEqual({
      id: 'promo-blocks:0',
      rule: 'promo-blocks',
      kind: 'promo',
      text: expect.stringContaining(promoText) as string,
    });
    expect(report.value.counts.promo).toBe(2);
    expect(report.value.counts.icon).toBe(report.value.removed.filter((b) => b.kind === 'icon').length);
    expect(report.value.disabledRules).toEqual([]);
    expect(report.value.keptBlocks).toEqual([]);
  });

  it('answers not-found for an unknown article', async () => {
    const { library } = await libraryWithSpacePage();

    const report = await library.getCleaningReport({ id: toArticleId(999) });
    const set = await library.setCleaningOptions({ id: toArticleId(999), disabledRules: [], keptBlocks: [] });

    expect(report.ok ? null : report.error.code).toBe('not-found');
    expect(set.ok ? null : set.error.code).toBe('not-found');
  });
});

describe('setting cleaning options', () => {
  it('re-cleans from the original, makes the restored text searchable, and undoes with the old options', async () => {
    const { library, id } = await libraryWithSpacePage();
    const events: ArchiveEvent[] = [];
    library.onEvent((event) => events.push(event));
    expect(await searchIds(library, 'satellites')).toEqual([]);

    const restored = await library.setCleaningOptions({
      id,
      disabledRules: [],
      keptBlocks: ['promo-blocks:0'],
    });

    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.text).toContain(promoText);
    expect(events).toContainEqual({ type: 'library-changed' });
    expect(await searchIds(library, 'satellites')).toEqual([id]);
    const report = await library.getCleaningReport({ id });
    expect(report.ok && report.value.keptBlocks).toEqual(['promo-blocks:0']);
    expect(report.ok && report.value.removed.map((block) => block.id)).not.toContain('promo-blocks:0');

    const undone = await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: [] });

    expect(undone.ok && undone.value.text).not.toContain(promoText);
    expect(await searchIds(library, 'satellites')).toEqual([]);
    const after = await library.getArticle({ id });
    expect(after.ok && after.value.text).not.toContain(promoText);
  });

  it('keeps everything a disabled rule removed', async () => {
    const { library, id } = await libraryWithSpacePage();

    const detail = await library.setCleaningOptions({ id, disabledRules: ['promo-blocks'], keptBlocks: [] });

    expect(detail.ok && detail.value.text).toContain(promoText);
    expect(detail.ok && detail.value.text).toContain('Relations with US at rock bottom');
    const report = await library.getCleaningReport({ id });
    expect(report.ok && report.value.counts.promo).toBeUndefined();
    expect(report.ok && report.value.disabledRules).toEqual(['promo-blocks']);
  });

  it.each([
    ['a missing keptBlocks', { id: 1, disabledRules: [] }],
    ['an unknown field', { id: 1, disabledRules: [], keptBlocks: [], extra: 1 }],
    ['a block id without a number', { id: 1, disabledRules: [], keptBlocks: ['promo-blocks'] }],
    ['a rule name with markup', { id: 1, disabledRules: ['<script>'], keptBlocks: [] }],
    ['a non-array', { id: 1, disabledRules: 'promo-blocks', keptBlocks: [] }],
  ])('refuses %s as invalid-request through dispatch', async (_name, request) => {
    const { library } = await libraryWithSpacePage();

    const result = await dispatch(library, 'setCleaningOptions', request);

    expect(result.ok ? null : result.error.code).toBe('invalid-request');
  });
});
