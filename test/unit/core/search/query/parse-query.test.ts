import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../main/core/search/query/parse-query.ts';

const word = (text: string, prefix = false) => ({ kind: 'word', text, prefix }) as const;
const phrase = (text: string) => ({ kind: 'phrase', text }) as const;

describe('parsing the search box', () => {
  it('ANDs plain words, each in its own clause', () => {
    expect(parseSearchQuery('space treaty ').clauses).toEqual([[word('space')], [word('treaty')]]);
  });

  it('treats the last word as a prefix only while it is still being typed', () => {
    expect(parseSearchQuery('space tre').clauses).toEqual([[word('space')], [word('tre', true)]]);
    expect(parseSearchQuery('space tre ').clauses.at(-1)).toEqual([word('tre')]);
    expect(parseSearchQuery('"space tre"').clauses).toEqual([[phrase('space tre')]]);
  });

  it('reads a quoted run as one phrase', () => {
    expect(parseSearchQuery('"outer space" treaty ').clauses).toEqual([
      [phrase('outer space')],
      [word('treaty')],
    ]);
  });

  it('runs an unclosed quote to the end of the query as a phrase', () => {
    expect(parseSearchQuery('moon "outer spa').clauses).toEqual([[word('moon')], [phrase('outer spa')]]);
  });

  it('turns -word and -"phrase" into exclusions', () => {
    const plan = parseSearchQuery('moon -cheese -"green planet" ');

    expect(plan.clauses).toEqual([[word('moon')]]);
    expect(plan.exclusions).toEqual([
      { kind: 'word', text: 'cheese' },
      { kind: 'phrase', text: 'green planet' },
    ]);
  });

  it('ignores a lone minus sign', () => {
    const plan = parseSearchQuery('moon - ');

    expect(plan.clauses).toEqual([[word('moon')]]);
    expect(plan.exclusions).toEqual([]);
  });

  it('joins the terms on both sides of OR into one clause, binding tighter than AND', () => {
    expect(parseSearchQuery('moon OR "red planet" landing ').clauses).toEqual([
      [word('moon'), phrase('red planet')],
      [word('landing')],
    ]);
  });

  it('drops OR at the start or the end, and reads lowercase or as a word', () => {
    expect(parseSearchQuery('OR moon OR ').clauses).toEqual([[word('moon')]]);
    expect(parseSearchQuery('moon or mars ').clauses).toEqual([[word('moon')], [word('or')], [word('mars')]]);
  });

  it('answers an empty or blank query with an empty plan', () => {
    const empty = { clauses: [], groups: [], exclusions: [], filters: [], problems: [] };

    expect(parseSearchQuery('')).toEqual(empty);
    expect(parseSearchQuery('   ')).toEqual(empty);
  });

  it('reads every known field filter, with quoted values kept whole', () => {
    const plan = parseSearchQuery(
      'title:"outer space" author:Lovelace site:nytimes lang:en before:2021 after:2020-02 on:2020-05-17',
    );

    expect(plan.filters).toEqual([
      { field: 'title', value: 'outer space', negated: false },
      { field: 'author', value: 'Lovelace', negated: false },
      { field: 'site', value: 'nytimes', negated: false },
      { field: 'lang', value: 'en', negated: false },
      { field: 'before', value: '2021', negated: false },
      { field: 'after', value: '2020-02', negated: false },
      { field: 'on', value: '2020-05-17', negated: false },
    ]);
    expect(plan.clauses).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('explains an unknown filter and still keeps the rest of the query', () => {
    const plan = parseSearchQuery('moon foo:bar ');

    expect(plan.clauses).toEqual([[word('moon')]]);
    expect(plan.problems).toEqual([
      {
        text: 'foo:bar',
        message:
          'Unknown filter “foo:” — known filters: title, author, site, lang, before, after, on, added, is, entity, tag, has',
      },
    ]);
  });

  it('explains a known filter whose value follows a space, and neither applies nor searches that value', () => {
    const plan = parseSearchQuery('before: 2020 moon -site: nature.com ');

    expect(plan.problems).toEqual([
      {
        text: 'before: 2020',
        message: '“before: 2020”: write the value right after the colon, with no space (before:2020)',
      },
      {
        text: '-site: nature.com',
        message:
          '“-site: nature.com”: write the value right after the colon, with no space (-site:nature.com)',
      },
    ]);
    expect(plan.filters).toEqual([]);
    expect(plan.clauses).toEqual([[word('moon')]]);
  });

  it('explains a known filter with no value, but not one still being typed', () => {
    expect(parseSearchQuery('(site:) moon ').problems.map((p) => p.message)).toEqual([
      '“site:” needs a value right after the colon (site:…)',
    ]);
    expect(parseSearchQuery('title:"" moon ').problems.map((p) => p.message)).toEqual([
      '“title:""” needs a value right after the colon (title:…)',
    ]);
    for (const typing of ['moon title:', 'moon title:"']) {
      const plan = parseSearchQuery(typing);
      expect(plan.problems, typing).toEqual([]);
      expect(plan.clauses, typing).toEqual([[word('moon')]]);
    }
  });

  it('still searches a word ending in a colon that names no filter', () => {
    const plan = parseSearchQuery('note: moon ');

    expect(plan.problems).toEqual([]);
    expect(plan.clauses).toEqual([[word('note:')], [word('moon')]]);
  });

  it('explains a malformed or impossible date', () => {
    const plan = parseSearchQuery('before:2021-13 on:2021-02-30 after:21 on:2020-02-29');

    expect(plan.problems.map((p) => p.message)).toEqual([
      '“before:2021-13” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD',
      '“on:2021-02-30” is not a date or range: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2020-01..2020-06, ..2020, 2020..',
      '“after:21” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(plan.filters).toEqual([{ field: 'on', value: '2020-02-29', negated: false }]);
  });
});
