import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../main/core/clean/clean-page.ts';
import { importAndWait, openTestLibrary, tempDir, writeTestFile } from './library-test-kit.ts';

// Issue 7: JSON-LD and attributes shaped like prototype pollution are data, in the cleaner and the import.

const pollutionKeys = ['polluted', 'pollutedCtor', 'isAdmin'];

afterEach(() => {
  // A polluted prototype would leak into every later test of this fork: undo it, after the test failed.
  for (const key of pollutionKeys) Reflect.deleteProperty(Object.prototype, key);
});

const jsonLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Harbour wall repaired',
  datePublished: '2024-03-05T09:00:00Z',
  author: JSON.parse('{"__proto__": {"polluted": 1, "name": "Mallory"}, "name": "Ailsa Reid"}') as unknown,
}).replace(
  '{',
  '{"__proto__": {"polluted": 1, "isAdmin": true}, "constructor": {"prototype": {"pollutedCtor": 1}}, ',
);

const paragraph =
  'The harbour wall at Sandhaven was repaired over the winter by a crew of six, who worked between tides and storms.';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall repaired</title>
<script type="application/ld+json">${jsonLd}</script></head>
<body><article __proto__="x" constructor="y"><h1>Harbour wall repaired</h1>
<p __proto__="polluted" prototype="x" hasOwnProperty="x" toString="x" valueOf="x">${paragraph}</p>
<p>${paragraph} ${paragraph}</p><p>${paragraph}</p></article></body></html>`;

function expectCleanPrototype(): void {
  const probe: Record<string, unknown> = {};
  for (const key of pollutionKeys) expect(probe[key], key).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

describe('a page shaped like prototype pollution', () => {
  it('is cleaned in this process without changing Object.prototype, and its metadata is read', () => {
    expect(jsonLd).toContain('"author":{"__proto__":{"polluted":1');
    const cleaned = cleanPage({ bytes: Buffer.from(page), fileName: 'harbour.html' });

    expect(cleaned.ok).toBe(true);
    expectCleanPrototype();
    if (!cleaned.ok) return;
    expect(cleaned.value.title).toBe('Harbour wall repaired');
    expect(cleaned.value.byline).toBe('Ailsa Reid');
    expect(cleaned.value.text).toContain('repaired over the winter');
  });

  it('is imported as an ordinary article, with its byline and date, and changes no prototype', async () => {
    const dir = await tempDir();
    const file = await writeTestFile(join(dir, 'in', '__proto__.html'), page);
    const library = await openTestLibrary(join(dir, 'lib'));

    const batch = await importAndWait(library, { paths: [file], uploads: false });

    expect(batch.outcomes).toEqual([{ file, status: 'imported', id: 1 }]);
    const article = await library.getArticle({ id: 1 as never });
    expect(article.ok).toBe(true);
    if (!article.ok) return;
    expect(article.value).toMatchObject({ title: 'Harbour wall repaired', byline: 'Ailsa Reid' });
    expect(article.value.provenance.fileName).toBe('__proto__.html');
    expect(article.value.publishedTime).toContain('2024-03-05');
    expectCleanPrototype();
  });
});
