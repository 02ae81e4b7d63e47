import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import { openSideConnection } from '../trash/trash-test-kit.ts';
import { importAndWait, openTestLibrary, tempDir, writeTestFile } from './library-test-kit.ts';

// Words of its own for each page, so that no two are grouped as versions of one text.
const own = (seed: number): string =>
  Array.from({ length: 300 }, (_, i) => `w${seed}x${(i * (seed + 3)).toString(36)}q${i.toString(36)}`).join(
    ' ',
  );

const page = (title: string, url: string, seed: number): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}"></head><body><article><h1>${title}</h1>
<p>Harbour report. ${own(seed)}</p></article></body></html>`;

async function importPages(library: Library, dir: string, pages: readonly string[]): Promise<ArticleId[]> {
  const ids: ArticleId[] = [];
  for (const [i, html] of pages.entries()) {
    const path = await writeTestFile(join(dir, `page-${i}.html`), html);
    const batch = await importAndWait(library, { paths: [path], uploads: false });
    const id = batch.outcomes[0]?.id;
    if (id === undefined) throw new Error(`page ${i} was not imported`);
    ids.push(id);
  }
  return ids;
}

/** Rewrites part of an article's stored original, so that a re-clean reads something else from it. */
async function editOriginal(library: Library, id: ArticleId, from: string, to: string): Promise<void> {
  const side = openSideConnection(library.dir);
  const { path } = side
    .prepare('SELECT o.path FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ?')
    .get(id) as { path: string };
  const original = join(library.dir, path);
  const html = await readFile(original, 'utf8');
  expect(html).toContain(from);
  await writeFile(original, html.replace(from, to));
}

async function reclean(library: Library, id: ArticleId): Promise<void> {
  const result = await library.setCleaningOptions({ id, disabledRules: [], keptBlocks: [] });
  if (!result.ok) throw new Error(result.error.message);
}

async function duplicates(library: Library): Promise<string[]> {
  const result = await library.search({ query: 'harbour is:duplicate', limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((hit) => hit.article.title).sort();
}

describe('re-cleaning an article whose canonical URL or text changed', () => {
  it('recomputes the duplicate flags and copies of its old and new partners', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const [, moved] = await importPages(library, join(dir, 'in'), [
      page('Old partner', 'https://example.com/first', 1),
      page('Moved', 'https://example.com/first', 2),
      page('New partner', 'https://example.com/second', 3),
    ]);
    if (moved === undefined) throw new Error('no article');
    expect(await duplicates(library)).toEqual(['Moved', 'Old partner']);
    // As if a newer cleaner read another canonical URL from the same original.
    await editOriginal(library, moved, 'example.com/first', 'example.com/second');

    const recleaned = await library.setCleaningOptions({ id: moved, disabledRules: [], keptBlocks: [] });

    if (!recleaned.ok) throw new Error(recleaned.error.message);
    expect(recleaned.value.url).toBe('https://example.com/second');
    expect(await duplicates(library)).toEqual(['Moved', 'New partner']);
    const relations = await library.getArticleRelations({ id: moved });
    if (!relations.ok) throw new Error(relations.error.message);
    expect(relations.value.sameUrl.map((a) => a.title)).toEqual(['New partner']);
  });

  it('lets the first of a group of versions leave it when its text changes, and the others stay a group', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const [first] = await importPages(library, join(dir, 'in'), [
      page('First save', 'https://example.com/a', 4),
      page('Second save', 'https://example.com/b', 4),
      page('Third save', 'https://example.com/c', 4),
    ]);
    if (first === undefined) throw new Error('no article');
    expect(await duplicates(library)).toEqual(['First save', 'Second save', 'Third save']);
    await editOriginal(library, first, own(4), own(5));

    await reclean(library, first);

    expect(await duplicates(library)).toEqual(['Second save', 'Third save']);
    const relations = await library.getArticleRelations({ id: first });
    if (!relations.ok) throw new Error(relations.error.message);
    expect(relations.value.versions).toEqual([]);
  });
});
