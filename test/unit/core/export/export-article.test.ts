import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../../main/shared/ids.ts';
import type { ArticleDetail } from '../../../../main/shared/types.ts';
import type { Library } from '../../../../main/core/library.ts';
import { importAndWait, openTestLibrary, tempDir, writeTestFile } from '../import/library-test-kit.ts';
import { wireStory } from '../links/story-texts.ts';

const first = 1 as ArticleId;

// SingleFile's header gives a capture date; the meta tags give byline, site and date.
const page = `<!doctype html>
<!--
 Page saved with SingleFile
 url: https://example.org/news/barrier-closes
 saved date: Wed Nov 04 2026 10:30:00 GMT+0000 (Coordinated Universal Time)
-->
<html lang="en"><head><meta charset="windows-1252"><title>Flood barrier closes</title>
<meta name="author" content="Ada Quay"><meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2026-11-03T08:00:00Z">
<link rel="canonical" href="https://example.org/news/barrier-closes"></head>
<body><article><h1>Flood barrier closes</h1>${wireStory
  .split('\n')
  .map((line) => `<p>${line}</p>`)
  .join('')}</article></body></html>`;

async function importedArticle(): Promise<{ library: Library; article: ArticleDetail }> {
  const dir = await tempDir();
  const library = await openTestLibrary(join(dir, 'lib'));
  const file = await writeTestFile(join(dir, 'saved', 'barrier.html'), page);
  await importAndWait(library, { paths: [file], uploads: false });
  const detail = await library.getArticle({ id: first });
  if (!detail.ok) throw new Error(detail.error.message);
  return { library, article: detail.value };
}

function provenanceValues(article: ArticleDetail): string[] {
  const p = article.provenance;
  return [p.sha256, p.fileName, p.filePath, p.charset, String(p.size), String(p.cleanerVersion)];
}

describe('exportArticle', () => {
  it('stores the charset and the size of the original as provenance', async () => {
    const { article } = await importedArticle();

    expect(article.provenance.charset).toBe('windows-1252');
    expect(article.provenance.size).toBe(Buffer.byteLength(page));
    expect(article.provenance.modifiedAt).not.toBeNull();
  });

  it('exports JSON with metadata, every provenance field, the text and the html', async () => {
    const { library, article } = await importedArticle();

    const result = await library.exportArticle({ id: first, format: 'json' });

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fileName).toBe('1-flood-barrier-closes.json');
    expect(result.value.mimeType).toBe('application/json');
    expect(JSON.parse(result.value.content)).toEqual(article);
    expect(article.html).toContain('<p>');
  });

  it('exports Markdown with every provenance field in the front matter, then the text as paragraphs', async () => {
    const { library, article } = await importedArticle();

    const result = await library.exportArticle({ id: first, format: 'markdown' });

    if (!result.ok) throw new Error(result.error.message);
    const { content } = result.value;
    expect(result.value.fileName).toBe('1-flood-barrier-closes.md');
    const [, front = '', body = ''] = content.split(/^---$/m);
    for (const key of ['title', 'byline', 'site', 'published', 'captured', 'url', 'sha256']) {
      expect(front).toMatch(new RegExp(`^${key}: "`, 'm'));
    }
    for (const key of ['original_file_name', 'original_file_path', 'original_modified', 'charset']) {
      expect(front).toMatch(new RegExp(`^${key}: "`, 'm'));
    }
    expect(front).toMatch(/^cleaner_version: \d+$/m);
    for (const value of provenanceValues(article)) expect(front).toContain(value);
    expect(front).toContain('"Ada Quay"');
    expect(front).toContain('"Harbour Post"');
    expect(front).toContain(`"${article.provenance.capturedAt ?? 'missing'}"`);
    expect(body).toContain(`\n\n${wireStory.split('\n')[1] ?? ''}\n\n`);
  });

  it('answers not-found for an unknown article', async () => {
    const { library } = await importedArticle();

    const result = await library.exportArticle({ id: 7 as ArticleId, format: 'json' });

    expect(result.ok || result.error.code).toBe('not-found');
  });
});
