import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';

/** Folder holding one sub-folder per golden article (source.{html,txt,mhtml}, expected.txt, expected.json). */
export const articlesDir = join(import.meta.dirname, '../../../fixtures/articles');

/** The source formats a golden folder may hold, by file extension. */
const sourceExtensions = ['html', 'txt', 'mhtml'] as const;

/** The slugs of every golden article folder that has a source file. */
export function goldenSlugs(): string[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && goldenSourceName(entry.name) !== null)
    .map((entry) => entry.name)
    .sort();
}

/** The source file name in a golden folder (source.html, source.txt or source.mhtml), or null. */
export function goldenSourceName(slug: string): string | null {
  const found = sourceExtensions.find((extension) =>
    existsSync(join(articlesDir, slug, `source.${extension}`)),
  );
  return found === undefined ? null : `source.${found}`;
}

/** Reads a golden source as cleanPage input; the file name keeps the source's extension. */
export function goldenInput(slug: string): { bytes: Uint8Array; fileName: string } {
  const name = goldenSourceName(slug) ?? 'source.html';
  return { bytes: readFileSync(join(articlesDir, slug, name)), fileName: `${slug}${extname(name)}` };
}

/** The metadata a golden expected.json pins down. */
export function goldenMetadata(page: CleanedPage): Record<string, string | null> {
  return {
    title: page.title,
    byline: page.byline,
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    url: page.url,
    lang: page.lang,
    status: page.status,
    capturedAt: page.capturedAt,
    charset: page.charset,
  };
}

/** expected.txt holds the text plus a final newline, so files end the way editors expect. */
export function goldenText(page: CleanedPage): string {
  return page.text === '' ? '' : `${page.text}\n`;
}
