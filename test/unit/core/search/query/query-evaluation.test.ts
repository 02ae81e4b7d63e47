import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../../main/core/library.ts';
import type { SearchResults } from '../../../../../main/shared/types.ts';
import { importAndWait, openTestLibrary, tempDir, writeTestFile } from '../../import/library-test-kit.ts';

interface Page {
  readonly title: string;
  readonly body: string;
  readonly byline?: string;
  readonly site?: string;
  readonly lang?: string;
  readonly published?: string;
  /** SingleFile's "saved date", the capture date used when there is no published date. */
  readonly saved?: string;
}

const filler =
  'This paragraph is here so that the page reads as an article, with enough ordinary words in sentences.';

function pageHtml(page: Page): string {
  const saved =
    page.saved === undefined ? '' : `<!--\n Page saved with SingleFile\n saved date: ${page.saved}\n-->\n`;
  const meta = [
    page.byline === undefined ? '' : `<meta name="author" content="${page.byline}">`,
    page.site === undefined ? '' : `<meta property="og:site_name" content="${page.site}">`,
    page.published === undefined
      ? ''
      : `<meta property="article:published_time" content="${page.published}">`,
  ].join('');
  return `${saved}<!doctype html><html lang="${page.lang ?? 'en'}"><head><meta charset="utf-8">
<title>${page.title}</title>${meta}</head><body><article><h1>${page.title}</h1>
<p>${page.body} ${filler}</p><p>${filler} ${filler}</p><p>${filler}</p></article></body></html>`;
}

async function libraryWith(pages: readonly Page[]): Promise<Library> {
  const dir = await tempDir();
  const library = await openTestLibrary(join(dir, 'lib'));
  // One batch per page, so ids follow the order given.
  for (const [i, page] of pages.entries()) {
    const path = await writeTestFile(join(dir, 'in', `page-${i}.html`), pageHtml(page));
    const batch = await importAndWait(library, { paths: [path], uploads: false });
    expect(batch.imported).toBe(1);
  }
  return library;
}

async function searchFor(library: Library, query: string): Promise<SearchResults> {
  const result = await library.search({ query, limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function titlesFor(library: Library, query: string): Promise<string[]> {
  return (await searchFor(library, query)).hits.map((hit) => hit.article.title);
}

describe('evaluating search operators', () => {
  it('finds a phrase only where its words are adjacent and in order', async () => {
    const library = await libraryWith([
      { title: 'Adjacent', body: 'The outer space treaty was signed.' },
      { title: 'Scattered', body: 'Space is vast; the outer planets are cold.' },
      { title: 'Reversed', body: 'We sent the space outer probe.' },
    ]);

    expect(await titlesFor(library, '"outer space"')).toEqual(['Adjacent']);
    // Punctuation, case and diacritics do not break a phrase.
    expect(await titlesFor(library, '"SPACE, IS"')).toEqual(['Scattered']);
  });

  it('ranks words found side by side above the same words scattered', async () => {
    const library = await libraryWith([
      { title: 'Adjacent', body: 'The outer space treaty was signed.' },
      { title: 'Scattered', body: 'Space is vast; the outer planets are cold.' },
    ]);

    expect(await titlesFor(library, 'outer space ')).toEqual(['Adjacent', 'Scattered']);
  });

  it('removes hits containing an excluded word or phrase', async () => {
    const library = await libraryWith([
      { title: 'Moon cheese', body: 'The moon is made of green cheese.' },
      { title: 'Moon rock', body: 'The moon is made of rock.' },
      { title: 'Moon myth', body: 'The moon is not made of cheese, a green planet says.' },
    ]);

    expect(await titlesFor(library, 'moon -cheese ')).toEqual(['Moon rock']);
    expect((await titlesFor(library, 'moon -"green cheese" ')).sort()).toEqual(['Moon myth', 'Moon rock']);
  });

  it('answers OR with the union of both sides', async () => {
    const library = await libraryWith([
      { title: 'Volcano', body: 'Lava flows.' },
      { title: 'Glacier', body: 'Ice flows.' },
      { title: 'Desert', body: 'Sand drifts.' },
    ]);

    expect((await titlesFor(library, 'lava OR ice ')).sort()).toEqual(['Glacier', 'Volcano']);
    expect(await titlesFor(library, 'lava OR ice flows -ice ')).toEqual(['Volcano']);
  });

  it('filters on title, author and site ignoring case and diacritics', async () => {
    const library = await libraryWith([
      { title: 'Café culture', body: 'Coffee everywhere.', byline: 'Zoë Martin', site: 'Le Monde' },
      { title: 'Tea culture', body: 'Tea everywhere.', byline: 'Ada Lovelace', site: 'The Guardian' },
    ]);

    expect(await titlesFor(library, 'culture title:cafe ')).toEqual(['Café culture']);
    expect(await titlesFor(library, 'culture author:"zoe martin" ')).toEqual(['Café culture']);
    expect(await titlesFor(library, 'culture site:guardian ')).toEqual(['Tea culture']);
  });

  it('filters on a language prefix, even with no words', async () => {
    const library = await libraryWith([
      { title: 'Bonjour', body: 'Salut tout le monde.', lang: 'fr-FR' },
      { title: 'Hello', body: 'Hello everyone.', lang: 'en' },
    ]);

    expect(await titlesFor(library, 'lang:fr')).toEqual(['Bonjour']);
  });

  it('filters on the published date, falling back to the capture date', async () => {
    const library = await libraryWith([
      { title: 'Old report', body: 'Climate data.', published: '2019-06-01T10:00:00Z' },
      { title: 'New report', body: 'Climate data.', published: '2022-03-15T10:00:00Z' },
      { title: 'Captured report', body: 'Climate data.', saved: 'Wed Jun 03 2020 10:00:00 GMT+0000' },
    ]);

    expect(await titlesFor(library, 'climate before:2020 ')).toEqual(['Old report']);
    expect(await titlesFor(library, 'climate after:2021-12 ')).toEqual(['New report']);
    expect(await titlesFor(library, 'climate on:2020-06 ')).toEqual(['Captured report']);
    expect(await titlesFor(library, 'climate on:2022-03-15 ')).toEqual(['New report']);
  });

  it('returns the problems of a query together with the results of its valid parts', async () => {
    const library = await libraryWith([{ title: 'Volcano', body: 'Lava flows.' }]);

    const results = await searchFor(library, 'lava foo:bar before:2021-13 ');

    expect(results.hits.map((hit) => hit.article.title)).toEqual(['Volcano']);
    expect(results.problems.map((p) => p.text)).toEqual(['foo:bar', 'before:2021-13']);
  });
});
