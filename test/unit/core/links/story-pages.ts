// Saved pages for the relation tests: the same story with different furniture, URLs and headlines.
import { join } from 'node:path';
import { writeTestFile } from '../import/library-test-kit.ts';

/** How one saved page differs from another. */
export interface StoryPage {
  readonly title: string;
  readonly body: string;
  readonly url?: string;
  /** Navigation, promos and footers around the article, which cleaning should drop. */
  readonly furniture?: string;
}

/** A saved page around an article body (one paragraph per line of `body`). */
export function storyHtml(page: StoryPage): string {
  const canonical = page.url === undefined ? '' : `<link rel="canonical" href="${page.url}">`;
  const paragraphs = page.body
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>${canonical}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${page.furniture ?? ''}
<article><h1>${page.title}</h1>${paragraphs}</article>
<footer><p>Copyright the publisher.</p></footer></body></html>`;
}

/** Writes a saved page into `dir` and returns its path. */
export function writeStory(dir: string, name: string, page: StoryPage): Promise<string> {
  return writeTestFile(join(dir, name), storyHtml(page));
}
