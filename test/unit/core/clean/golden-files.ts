import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanedPage } from '../../../../main/core/clean/cleaned-page.ts';

/** Folder holding one sub-folder per golden article (source.html, expected.txt, expected.json). */
export const articlesDir = join(import.meta.dirname, '../../../fixtures/articles');

/** The slugs of every golden article folder that has a source.html. */
export function goldenSlugs(): string[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(articlesDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
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
