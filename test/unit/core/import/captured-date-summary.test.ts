import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtml, importAndWait, openTestLibrary, tempDir, writeTestFile } from './library-test-kit.ts';

// A page with a capture date but no published date: the list must be able to show when it was saved.
const singleFileHeader = `<!--
 Page saved with SingleFile
 url: https://example.org/harbour
 saved date: Tue Mar 05 2024 09:30:00 GMT+0000 (Coordinated Universal Time)
-->`;

describe('an imported page with a capture date and no published date', () => {
  it('carries its capture date in the summaries the list and the search hits show', async () => {
    const dir = await tempDir();
    const html = articleHtml({
      title: 'Harbour wall repaired',
      body: 'The harbour wall at Sandhaven was repaired.',
    });
    const file = await writeTestFile(join(dir, 'in', 'harbour.html'), `${singleFileHeader}\n${html}`);
    const library = await openTestLibrary(join(dir, 'lib'));
    await importAndWait(library, { paths: [file], uploads: false });

    const list = await library.listArticles({ sort: 'added', order: 'desc', offset: 0, limit: 10 });
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.value.items).toHaveLength(1);
    expect(list.value.items[0]?.publishedTime).toBeNull();
    expect(list.value.items[0]?.undatedCapturedAt).toContain('2024-03-05');
    const found = await library.search({ query: 'sandhaven', limit: 10 });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.hits[0]?.article.undatedCapturedAt).toContain('2024-03-05');
  });

  it('shows a dated page by its published date: its summary carries no capture date, its provenance does', async () => {
    const dir = await tempDir();
    const html = articleHtml({
      title: 'Harbour wall repaired',
      body: 'The harbour wall at Sandhaven was repaired.',
    }).replace('</head>', '<meta property="article:published_time" content="2024-03-01T08:00:00Z"></head>');
    const file = await writeTestFile(join(dir, 'in', 'harbour.html'), `${singleFileHeader}\n${html}`);
    const library = await openTestLibrary(join(dir, 'lib'));
    await importAndWait(library, { paths: [file], uploads: false });

    const list = await library.listArticles({ sort: 'added', order: 'desc', offset: 0, limit: 10 });
    if (!list.ok) throw new Error(list.error.message);
    const summary = list.value.items[0];
    if (summary === undefined) throw new Error('the page was not imported');
    expect(summary.publishedTime).toContain('2024-03-01');
    expect(summary.undatedCapturedAt).toBeNull();
    const detail = await library.getArticle({ id: summary.id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.provenance.capturedAt).toContain('2024-03-05');
  });
});
