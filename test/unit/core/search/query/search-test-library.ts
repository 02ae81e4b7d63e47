import { join } from 'node:path';
import { expect } from 'vitest';
import type { Library } from '../../../../../main/core/library.ts';
import type { SearchResults } from '../../../../../main/shared/types.ts';
import { importAndWait, openTestLibrary, tempDir, writeTestFile } from '../../import/library-test-kit.ts';

/** One page to import: its metadata and body words. */
export interface TestPage {
  readonly title: string;
  readonly body: string;
  readonly byline?: string;
  readonly site?: string;
  readonly lang?: string;
  readonly published?: string;
  readonly url?: string;
  /** The import date (the library's clock while this page is imported). */
  readonly added?: string;
}

const filler =
  'This paragraph is here so that the page reads as an article, with enough ordinary words in sentences.';

function pageHtml(page: TestPage): string {
  const meta = [
    page.byline === undefined ? '' : `<meta name="author" content="${page.byline}">`,
    page.site === undefined ? '' : `<meta property="og:site_name" content="${page.site}">`,
    page.url === undefined ? '' : `<link rel="canonical" href="${page.url}">`,
    page.published === undefined
      ? ''
      : `<meta property="article:published_time" content="${page.published}">`,
  ].join('');
  return `<!doctype html><html lang="${page.lang ?? 'en'}"><head><meta charset="utf-8">
<title>${page.title}</title>${meta}</head><body><article><h1>${page.title}</h1>
<p>${page.body} ${filler}</p><p>${filler} ${filler}</p><p>${filler}</p></article></body></html>`;
}

/** A fresh library with the pages imported in order (one batch each, so ids follow the order). */
export async function libraryWith(pages: readonly TestPage[]): Promise<Library> {
  const dir = await tempDir();
  let clock = new Date('2026-01-01T12:00:00Z');
  const library = await openTestLibrary(join(dir, 'lib'), { now: () => clock });
  for (const [i, page] of pages.entries()) {
    clock = new Date(page.added ?? '2026-01-01T12:00:00Z');
    const path = await writeTestFile(join(dir, 'in', `page-${i}.html`), pageHtml(page));
    const batch = await importAndWait(library, { paths: [path], uploads: false });
    expect(batch.imported + batch.duplicates).toBe(1);
  }
  return library;
}

/** The whole answer to a query (20 hits at most). */
export async function searchFor(
  library: Library,
  query: string,
  sort?: 'relevance' | 'date',
): Promise<SearchResults> {
  const result = await library.search({ query, limit: 20, ...(sort === undefined ? {} : { sort }) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The titles of the hits, in order. */
export async function titlesFor(
  library: Library,
  query: string,
  sort?: 'relevance' | 'date',
): Promise<string[]> {
  return (await searchFor(library, query, sort)).hits.map((hit) => hit.article.title);
}
