import { describe, expect, it } from 'vitest';
import { libraryWith, searchFor, titlesFor } from './search-test-library.ts';

// Enough words of its own that the near-duplicate check does not group it with the filler-only pages.
const distinct = Array.from({ length: 300 }, (_, i) => `word${i.toString(36)}x${(i * 7).toString(36)}`).join(
  ' ',
);
const sorted = async (titles: Promise<string[]>): Promise<string[]> => (await titles).sort();

describe('answering parentheses, negated filters, added:, is:duplicate and sorting', () => {
  it('answers a parenthesized OR ANDed with a word, and excludes a group', async () => {
    const library = await libraryWith([
      { title: 'Nato summit', body: 'Leaders met at the nato summit.' },
      { title: 'Otan sommet', body: 'The otan summit in French.' },
      { title: 'Nato budget', body: 'The nato budget grew.' },
    ]);

    expect(await sorted(titlesFor(library, '(nato OR otan) summit '))).toEqual([
      'Nato summit',
      'Otan sommet',
    ]);
    expect(await titlesFor(library, 'summit -(nato OR budget) ')).toEqual(['Otan sommet']);
    expect(await titlesFor(library, 'nato -(budget OR "french") ')).toEqual(['Nato summit']);
  });

  it('still answers a query with an unclosed parenthesis, with the explanation', async () => {
    const library = await libraryWith([{ title: 'Nato summit', body: 'Leaders met at the nato summit.' }]);

    const results = await searchFor(library, '(nato OR otan summit ');

    expect(results.hits.map((hit) => hit.article.title)).toEqual(['Nato summit']);
    expect(results.problems).toHaveLength(1);
  });

  it('applies a filter beside OR to the whole search and explains it; in parentheses ORed filters mean either', async () => {
    const library = await libraryWith([
      { title: 'Moon landing', body: 'The moon landing, in the x files.', site: 'Other' },
      { title: 'Harbour report', body: 'Cranes and x marks, and the moon.', site: 'Alpha' },
      { title: 'Harbour notes', body: 'Cranes only.', site: 'Alpha' },
      { title: 'Moon myths', body: 'The moon without the letter.', site: 'Other' },
      { title: 'Alpha moon', body: 'The moon on its own.', site: 'Alpha' },
    ]);

    // Read as (moon OR x) on site alpha, Alpha moon would be found too.
    expect(await sorted(titlesFor(library, 'moon OR site:alpha x '))).toEqual(['Harbour report']);
    const answer = await library.search({ query: 'moon OR site:alpha x ', limit: 10 });
    expect(answer.ok && answer.value.problems.map((p) => p.text)).toEqual(['OR site:alpha']);
    expect(await sorted(titlesFor(library, '(site:alpha OR site:other) cranes '))).toEqual([
      'Harbour notes',
      'Harbour report',
    ]);
  });

  it('keeps what a negated filter would drop, on text fields and dates', async () => {
    const library = await libraryWith([
      {
        title: 'Live blog: storm',
        body: 'Storm news.',
        site: 'Example',
        lang: 'ru',
        published: '2019-05-01',
      },
      {
        title: 'Storm analysis',
        body: 'Storm news.',
        site: 'Gazette',
        byline: 'Ada',
        published: '2022-05-01',
      },
    ]);

    expect(await titlesFor(library, 'storm -site:example ')).toEqual(['Storm analysis']);
    expect(await titlesFor(library, 'storm -lang:ru ')).toEqual(['Storm analysis']);
    expect(await titlesFor(library, 'storm -title:"live blog" ')).toEqual(['Storm analysis']);
    expect(await titlesFor(library, 'storm -author:ada ')).toEqual(['Live blog: storm']);
    expect(await titlesFor(library, 'storm -before:2020 ')).toEqual(['Storm analysis']);
    expect(await titlesFor(library, 'storm -on:2018..2020 ')).toEqual(['Storm analysis']);
  });

  it('applies filters inside parentheses to their own group: ORed sites, a filter ORed with a word, an excluded group', async () => {
    const library = await libraryWith([
      { title: 'Strike at the port', body: 'Dockers strike.', site: 'Harbour Times', lang: 'en' },
      { title: 'Streik im Hafen', body: 'Dockers strike in Hamburg.', site: 'Hafenblatt', lang: 'de' },
      { title: 'Strike wire', body: 'Dockers strike, says the wire.', site: 'Wire', lang: 'en' },
      { title: 'Lava flows', body: 'Volcano news.', site: 'Wire', lang: 'en' },
    ]);

    expect(await sorted(titlesFor(library, 'strike (site:"harbour times" OR site:hafenblatt) '))).toEqual([
      'Streik im Hafen',
      'Strike at the port',
    ]);
    expect(await sorted(titlesFor(library, '(site:hafenblatt OR lava) '))).toEqual([
      'Lava flows',
      'Streik im Hafen',
    ]);
    expect(await sorted(titlesFor(library, 'strike -(site:wire OR lang:de) '))).toEqual([
      'Strike at the port',
    ]);
    expect(await sorted(titlesFor(library, 'strike -(site:wire dockers) '))).toEqual([
      'Streik im Hafen',
      'Strike at the port',
    ]);
    expect(await sorted(titlesFor(library, 'strike (-site:wire) '))).toEqual([
      'Streik im Hafen',
      'Strike at the port',
    ]);
  });

  it('filters on the import date with added: periods and open or closed ranges', async () => {
    const library = await libraryWith([
      { title: 'Early', body: 'Harbour news.', added: '2025-12-30T10:00:00Z' },
      { title: 'Mid', body: 'Harbour news.', added: '2026-11-05T10:00:00Z' },
      { title: 'Late', body: 'Harbour news.', added: '2026-11-25T10:00:00Z' },
    ]);

    expect(await sorted(titlesFor(library, 'harbour added:2026-11 '))).toEqual(['Late', 'Mid']);
    expect(await titlesFor(library, 'harbour added:2026-11-01..2026-11-20 ')).toEqual(['Mid']);
    expect(await titlesFor(library, 'harbour added:..2026-01 ')).toEqual(['Early']);
    expect(await sorted(titlesFor(library, 'added:2026..'))).toEqual(['Late', 'Mid']);
  });

  it('accepts a range for on: over the published date', async () => {
    const library = await libraryWith([
      { title: 'Old', body: 'Climate data.', published: '2019-06-01T10:00:00Z' },
      { title: 'Middle', body: 'Climate data.', published: '2020-06-01T10:00:00Z' },
      { title: 'New', body: 'Climate data.', published: '2022-03-15T10:00:00Z' },
    ]);

    expect(await sorted(titlesFor(library, 'climate on:2019..2020 '))).toEqual(['Middle', 'Old']);
  });

  it('finds articles with another copy by normalized URL with is:duplicate, and the rest with -is:duplicate', async () => {
    const library = await libraryWith([
      { title: 'Copy one', body: 'Tide tables first.', url: 'https://example.com/tide?utm_source=x' },
      {
        title: 'Copy two',
        body: 'Tide tables, another save with other words.',
        url: 'https://example.com/tide',
      },
      { title: 'Single', body: `Tide tables alone. ${distinct}`, url: 'https://example.com/other' },
    ]);

    expect(await sorted(titlesFor(library, 'tide is:duplicate '))).toEqual(['Copy one', 'Copy two']);
    expect(await titlesFor(library, 'tide -is:duplicate ')).toEqual(['Single']);
  });

  it('sorts by date newest first when asked, undated last, relevance otherwise', async () => {
    const library = await libraryWith([
      { title: 'Glacier retreat', body: 'Ice data.', published: '2019-01-01T00:00:00Z' },
      { title: 'Undated', body: 'Glacier ice data.' },
      { title: 'Newest', body: 'Glacier ice data.', published: '2023-01-01T00:00:00Z' },
      { title: 'Middle', body: 'Glacier ice data.', published: '2021-01-01T00:00:00Z' },
    ]);

    expect(await titlesFor(library, 'glacier ', 'date')).toEqual([
      'Newest',
      'Middle',
      'Glacier retreat',
      'Undated',
    ]);
    expect((await titlesFor(library, 'glacier '))[0]).toEqual('Glacier retreat');
  });

  it('ranks a verified phrase above the same words scattered, and a title match above a body match', async () => {
    // The expected winners are the older articles: ties would go to the newer ones.
    const library = await libraryWith([
      { title: 'Phrase', body: 'The outer space treaty was signed.' },
      { title: 'Scattered', body: 'The treaty was old; outer rings and deep space followed.' },
      { title: 'Comet in title', body: 'Nothing else here.' },
      { title: 'Body only', body: 'We read about a comet today.' },
    ]);

    expect(await titlesFor(library, '"outer space" OR (outer space) ')).toEqual(['Phrase', 'Scattered']);
    expect(await titlesFor(library, 'comet ')).toEqual(['Comet in title', 'Body only']);
  });

  it('corrects a misspelled word when the exact query finds nothing, and says so', async () => {
    const library = await libraryWith([
      { title: 'Summit talks', body: 'Diplomats discussed sanctions.' },
      { title: 'Other', body: 'Nothing relevant.' },
    ]);

    const results = await searchFor(library, 'sanctoins ');

    expect(results.hits.map((hit) => hit.article.title)).toEqual(['Summit talks']);
    expect(results.didYouMean).toBe('sanctions ');
    expect(results.fuzzy).toBe(true);
  });

  it('does not correct words shorter than five letters or queries that already match', async () => {
    const library = await libraryWith([
      { title: 'Summit talks', body: 'Diplomats discussed sanctions and taxes.' },
    ]);

    expect((await searchFor(library, 'taxse ')).didYouMean).toBe('taxes ');
    expect((await searchFor(library, 'taxs ')).hits).toEqual([]);
    const exact = await searchFor(library, 'sanctions ');
    expect(exact.didYouMean).toBeUndefined();
    expect(exact.fuzzy).toBeUndefined();
  });
});
