import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { type IndexedArticle } from '../../../../main/core/search/search-fields.ts';

const words = ['storm', 'rain', 'sun', 'wind', 'hail', 'fog', 'ёлки', '東京都', 'straße', '2024', 'report'];
/** 41 words (a prime): a title takes every third, so up to 41 of them are distinct. */
const titleWords = [...words, ...Array.from({ length: 30 }, (_, k) => `t${k}`)];

/**
 * Articles whose titles run from one word to thirty (FlexSearch spreads a term's score over nine
 * buckets once a field is longer than nine), and whose bylines and sites are empty now and then.
 */
function articles(count: number): IndexedArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: Array.from(
      { length: 1 + (i % 30) },
      (_, w) => titleWords[(i * 7 + w * 3) % titleWords.length],
    ).join(' '),
    byline: i % 5 === 0 ? '' : `Ann ${words[i % 4]} Lee`,
    siteName: i % 3 === 0 ? '' : `site${i % 4}.example`,
    body: `${words[i % words.length]} unique${i}`,
  }));
}

/** The index's saved form: each field's terms and packed words, and the vocabulary. */
async function saved(index: SearchIndex) {
  const { postings, vocabulary } = await index.snapshot();
  const fields = postings.fields.map(({ field, terms, words: packed }) => ({
    field,
    terms,
    words: [...packed],
  }));
  return { fields, vocabulary };
}

describe("a rebuild's title, byline and site lists", () => {
  it('are packed in typed arrays as a reopen loads them, before any save', () => {
    const index = new SearchIndex();
    for (const article of articles(40)) index.add(article);

    const title = index.postings('title', 'storm');
    const byline = index.postings('byline', 'lee');
    const site = index.postings('siteName', 'example');

    for (const buckets of [title, byline, site]) {
      expect(buckets?.length).toBeGreaterThan(0);
      for (const bucket of buckets ?? [])
        if (bucket !== undefined) expect(bucket).toBeInstanceOf(Uint32Array);
    }
  });

  it('score and order every term as FlexSearch does, so a save writes the same lists', async () => {
    // A word met once, late in a long title: its list has empty buckets below the one it is in.
    const lone = {
      id: 301,
      title: `${titleWords.slice(0, 14).join(' ')} lone`,
      byline: '',
      siteName: '',
      body: '',
    };
    const all = [...articles(300), lone];
    const rebuilt = new SearchIndex();
    for (const article of all) rebuilt.add(article);
    // Read before any add, the index has nothing to build in typed arrays: FlexSearch takes every article.
    const added = new SearchIndex();
    expect(added.vocabulary.size).toBe(0);
    for (const article of all) added.add(article);

    const buckets = Array.from(added.postings('title', 'lone') ?? []);
    expect(buckets.length).toBeGreaterThan(2);
    expect(buckets).toContain(undefined);
    expect(await saved(rebuilt)).toEqual(await saved(added));
  });

  it('answer lookups, removals and changes after the rebuild as lists FlexSearch built do', () => {
    const all = articles(60);
    const rebuilt = new SearchIndex();
    const added = new SearchIndex();
    expect(added.vocabulary.size).toBe(0);
    for (const article of all) {
      rebuilt.add(article);
      added.add(article);
    }

    for (const index of [rebuilt, added]) {
      index.remove(all[3] as IndexedArticle);
      index.update({ ...(all[4] as IndexedArticle), title: 'storm over the hills' });
      index.add({ id: 61, title: 'rain rain storm', byline: 'Bob', siteName: '', body: 'late' });
    }

    for (const [field, term] of [
      ['title', 'storm'],
      ['title', 'rain'],
      ['byline', 'ann'],
      ['siteName', 'site1'],
    ] as const)
      expect(rebuilt.lookup(field, term)).toEqual(added.lookup(field, term));
  });
});
