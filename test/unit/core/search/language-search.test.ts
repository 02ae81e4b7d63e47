import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../main/core/library.ts';
import type { SearchHit } from '../../../../main/shared/types.ts';
import { importAndWait, openTestLibrary, tempDir } from '../import/library-test-kit.ts';

/** The golden pages of other charsets and scripts, decoded by the import pipeline itself. */
const goldens = [
  'russian-windows-1251',
  'russian-koi8-r',
  'arabic-windows-1256',
  'hebrew-windows-1255',
  'greek-http-equiv',
  'chinese-gb18030',
  'japanese-shift-jis',
  'cafe-windows-1252',
] as const;

const sourceOf = (slug: string): string =>
  fileURLToPath(new URL(`../../../fixtures/articles/${slug}/source.html`, import.meta.url));

async function libraryOfGoldens(): Promise<Library> {
  const library = await openTestLibrary(await tempDir());
  const batch = await importAndWait(library, { paths: goldens.map(sourceOf), uploads: false });
  expect(batch.imported).toBe(goldens.length);
  return library;
}

async function hitsFor(library: Library, query: string): Promise<SearchHit[]> {
  const result = await library.search({ query, limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return [...result.value.hits];
}

const marked = (hit: SearchHit | undefined): string[] =>
  (hit?.snippets ?? []).flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b)));

describe('searching articles in other languages', () => {
  it('finds words across scripts with case, ё/е, diacritics, tashkeel and niqqud folded', async () => {
    const library = await libraryOfGoldens();
    const cases: [query: string, title: RegExp, mark: string][] = [
      // windows-1251 page; the text has "обойдётся", typed in capitals with е.
      ['ОБОЙДЕТСЯ ', /^Заречье/u, 'обойдётся'],
      // KOI8-R page: "звёзды" typed with е.
      ['звезды ', /./u, 'звёзды'],
      // Arabic with harakat and tatweel in the query; the text has plain المكتبة.
      ['المَكْتَبَـــة ', /^مكتبة الواحة/u, 'المكتبة'],
      // Hebrew with niqqud in the query.
      ['מוֹעֶצֶת ', /^גשר חדש/u, 'מועצת'],
      // Greek in capitals without tonos and final sigma: the text has "αλιευτικά σκάφη".
      ['ΑΛΙΕΥΤΙΚΑ ', /^Νέο λιμάνι/u, 'αλιευτικά'],
      // Chinese two-character word inside unspaced text.
      ['图书 ', /^山城图书馆/u, '图书'],
      // Japanese word inside unspaced text.
      ['駅舎 ', /^百年の駅舎/u, '駅舎'],
    ];
    for (const [query, title, mark] of cases) {
      const hits = await hitsFor(library, query);
      expect(
        hits.map((h) => h.article.title),
        query,
      ).toHaveLength(1);
      expect(hits[0]?.article.title, query).toMatch(title);
      expect(marked(hits[0]), query).toContain(mark);
    }
  });

  it('verifies a CJK phrase against the stored text: both words are there, but not side by side', async () => {
    const library = await libraryOfGoldens();

    expect(await hitsFor(library, '"图书馆"')).toHaveLength(1);
    expect(await hitsFor(library, '图书 开放 ')).toHaveLength(1);
    expect(await hitsFor(library, '"图书 开放"')).toHaveLength(0);
  });
});
