import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  indexFolder,
  loadIndex,
  pairPostingsFileName,
  pairsFileName,
  saveIndex,
} from '../../../../main/core/search/index-persistence.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { type IndexedArticle } from '../../../../main/core/search/search-fields.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const newTempDir = useTempDir();

const words = ['storm', 'rain', 'sun', 'wind', 'hail', 'fog', 'ёлки', '東京都', 'straße', 'snow'];

/** Articles whose bodies share words in varying mixes, so lists differ in length. */
function articles(count: number): IndexedArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: `Report ${i % 7}`,
    byline: i % 3 === 0 ? 'Ann Lee' : 'Bob',
    siteName: `site${i % 4}.example`,
    body: words.filter((_, w) => (i + 1) % (w + 1) === 0 || w === i % 10).join(' ') + ` unique${i}`,
  }));
}

/** Every file of a saved index, by name. */
async function savedFiles(libraryDir: string): Promise<Map<string, Buffer>> {
  const folder = join(libraryDir, indexFolder);
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n))] as const)));
}

describe('saving the index', () => {
  it('writes the same bytes after a rebuild, after a reload, and after a reload with lists decoded', async () => {
    // Twenty articles choose the pair postings' common terms, so the other hundred are listed and saved.
    const built = new SearchIndex({ pairPostingSample: 20 });
    const all = articles(120);
    for (const a of all) built.add(a);
    const rebuiltDir = newTempDir();
    await saveIndex(rebuiltDir, built, all.length);

    const loaded = await loadIndex(rebuiltDir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const reloadedDir = newTempDir();
    await saveIndex(reloadedDir, loaded.index, all.length);
    // Decoding some lists (a query, an add would) mixes decoded and packed lists in one save.
    for (const term of ['rain', 'unique5', 'ёлки', 'report']) loaded.index.lookup('body', term);
    loaded.index.lookup('title', 'report');
    const decodedDir = newTempDir();
    await saveIndex(decodedDir, loaded.index, all.length);

    const expected = await savedFiles(rebuiltDir);
    expect([...expected.keys()]).toContain(pairsFileName);
    expect(expected.size).toBe(6);
    // A header, the common terms, covered bits, a table and lists: more than an empty save.
    expect(expected.get(pairPostingsFileName)?.byteLength ?? 0).toBeGreaterThan(1000);
    expect(await savedFiles(reloadedDir)).toEqual(expected);
    expect(await savedFiles(decodedDir)).toEqual(expected);
  });
});
