import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import { toArticleId } from '../../../../main/shared/ids.ts';
import {
  articleHtml,
  importAndWait,
  openTestLibrary,
  tempDir,
  writeTestFile,
} from '../import/library-test-kit.ts';

async function libraryWith(body: string): Promise<Library> {
  const dir = await tempDir();
  const library = await openTestLibrary(join(dir, 'lib'));
  const path = await writeTestFile(join(dir, 'in', 'a.html'), articleHtml({ title: 'Field notes', body }));
  const batch = await importAndWait(library, { paths: [path], uploads: false });
  expect(batch.imported).toBe(1);
  return library;
}

async function wordsFor(library: Library, query: string): Promise<readonly string[]> {
  const result = await library.findMatches({ id: toArticleId(1), query });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.words;
}

describe('finding the matches of a query in an article', () => {
  it('returns each matching surface form once, folded case and diacritics included', async () => {
    const library = await libraryWith('The Café opened. A cafe, another CAFÉ, and the café again.');

    expect(await wordsFor(library, 'cafe')).toEqual(['Café', 'cafe', 'CAFÉ', 'café']);
  });

  it('completes the last word as a prefix, as search does while typing', async () => {
    const library = await libraryWith('Moraines and a moraine near the morning ridge.');

    expect(await wordsFor(library, 'morai')).toEqual(['Moraines', 'moraine']);
  });

  it('marks the words of a phrase and leaves out excluded words', async () => {
    const library = await libraryWith('A diary written in gravel, about glaciers.');

    const words = await wordsFor(library, '"written in gravel" -glaciers');
    expect(words).toEqual(expect.arrayContaining(['written', 'gravel']));
    expect(words).not.toContain('glaciers');
  });

  it('answers no words for an empty query and not-found for a missing article', async () => {
    const library = await libraryWith('Some text.');

    expect(await wordsFor(library, '  ')).toEqual([]);
    expect(await library.findMatches({ id: toArticleId(9), query: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('paging search results', () => {
  it('returns hits from the offset on, with the total of the whole answer', async () => {
    const dir = await tempDir();
    const library = await openTestLibrary(join(dir, 'lib'));
    const paths = await Promise.all(
      [0, 1, 2].map((i) =>
        writeTestFile(
          join(dir, 'in', `p${i}.html`),
          articleHtml({ title: `Page ${i}`, body: 'Basalt columns.' }),
        ),
      ),
    );
    await importAndWait(library, { paths, uploads: false });

    const first = await library.search({ query: 'basalt', limit: 2 });
    const rest = await library.search({ query: 'basalt', limit: 2, offset: 2 });
    if (!first.ok || !rest.ok) throw new Error('search failed');
    expect(first.value.total).toBe(3);
    expect(rest.value.total).toBe(3);
    expect(first.value.hits).toHaveLength(2);
    expect(rest.value.hits).toHaveLength(1);
    const ids = [...first.value.hits, ...rest.value.hits].map((hit) => hit.article.id);
    expect(new Set(ids).size).toBe(3);
  });
});
