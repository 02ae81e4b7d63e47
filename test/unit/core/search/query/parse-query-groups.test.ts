import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../main/core/search/query/parse-query.ts';

const word = (text: string, prefix = false) => ({ kind: 'word', text, prefix }) as const;
const phrase = (text: string) => ({ kind: 'phrase', text }) as const;
const messages = (query: string): string[] => parseSearchQuery(query).problems.map((p) => p.message);

describe('parsing parentheses, negated filters, added: and is:', () => {
  it('multiplies a parenthesized OR out against the words around it', () => {
    const plan = parseSearchQuery('(nato OR otan) summit ');

    expect(plan.groups).toEqual([
      [word('nato'), word('summit')],
      [word('otan'), word('summit')],
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('ORs a group with a term, and nests groups', () => {
    expect(parseSearchQuery('(a b) OR c ').groups).toEqual([[word('a'), word('b')], [word('c')]]);
    expect(parseSearchQuery('((a OR b) c) OR "d e" ').groups).toEqual([
      [word('a'), word('c')],
      [word('b'), word('c')],
      [phrase('d e')],
    ]);
  });

  it('turns -( … ) into an excluded group', () => {
    const plan = parseSearchQuery('moon -(cheese OR "green planet") ');

    expect(plan.groups).toEqual([[word('moon')]]);
    expect(plan.exclusions).toEqual([{ kind: 'group', clauses: [[word('cheese'), phrase('green planet')]] }]);
  });

  it('explains an unclosed parenthesis and still runs its group to the end', () => {
    const plan = parseSearchQuery('(nato OR otan summit ');

    expect(plan.groups).toEqual([
      [word('nato'), word('summit')],
      [word('otan'), word('summit')],
    ]);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'A “(” is not closed: its group runs to the end of the query',
    ]);
  });

  it('explains and ignores a stray closing parenthesis', () => {
    const plan = parseSearchQuery('nato) summit ');

    expect(plan.groups).toEqual([[word('nato'), word('summit')]]);
    expect(plan.problems.map((p) => p.message)).toEqual(['A “)” without its “(” was ignored']);
  });

  it('treats the last word inside an open group as a prefix while typing', () => {
    expect(parseSearchQuery('(nato OR ot').groups).toEqual([[word('nato')], [word('ot', true)]]);
  });

  it('tells the user when OR combinations exceed the cap', () => {
    const plan = parseSearchQuery('(a OR b) (c OR d) (e OR f) (g OR h) (i OR j) (k OR l) ');

    expect(plan.groups).toHaveLength(32);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'Too many OR combinations: only the first 32 were searched — narrow the query',
    ]);
  });

  it('keeps a filter inside parentheses as a term of its own group, and explains exclusions there', () => {
    const site = (value: string, negated = false) =>
      ({ kind: 'filter', filter: { field: 'site', value, negated } }) as const;

    expect(parseSearchQuery('(site:bbc OR lava) storm ').groups).toEqual([
      [site('bbc'), word('storm')],
      [word('lava'), word('storm')],
    ]);
    expect(parseSearchQuery('(site:bbc OR -site:cnn) ').filters).toEqual([]);
    expect(parseSearchQuery('(site:bbc OR -site:cnn) ').groups).toEqual([[site('bbc')], [site('cnn', true)]]);
    expect(messages('(site:bbc OR lava) ')).toEqual([]);
    expect(messages('(lava -ice) ')).toEqual(['“-ice” inside parentheses was ignored: move it out']);
  });

  it('still explains a malformed filter inside parentheses and leaves it out', () => {
    const plan = parseSearchQuery('(before:2020-13 OR lava) ');

    expect(plan.groups).toEqual([[word('lava')]]);
    expect(plan.problems).toHaveLength(1);
  });

  it('reads a minus before a filter as a negated filter', () => {
    const plan = parseSearchQuery('-site:example.com -lang:ru -title:"live blog" -author:x -before:2020 ');

    expect(plan.filters).toEqual([
      { field: 'site', value: 'example.com', negated: true },
      { field: 'lang', value: 'ru', negated: true },
      { field: 'title', value: 'live blog', negated: true },
      { field: 'author', value: 'x', negated: true },
      { field: 'before', value: '2020', negated: true },
    ]);
    expect(plan.exclusions).toEqual([]);
  });

  it('accepts added: and on: as one period or a range with open ends', () => {
    const plan = parseSearchQuery(
      'added:2026-11 added:2026-11-01..2026-11-20 added:..2026-01 added:2026.. on:2020..2021',
    );

    expect(plan.problems).toEqual([]);
    expect(plan.filters.map((f) => `${f.field}:${f.value}`)).toEqual([
      'added:2026-11',
      'added:2026-11-01..2026-11-20',
      'added:..2026-01',
      'added:2026..',
      'on:2020..2021',
    ]);
  });

  it('explains a malformed, empty or backwards date range, and a range given to before:', () => {
    const range = 'use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2020-01..2020-06, ..2020, 2020..';

    expect(messages('added:2026-13 added:.. added:2027..2026 on:2020...2021 before:2020..2021')).toEqual([
      `“added:2026-13” is not a date or range: ${range}`,
      `“added:..” is not a date or range: ${range}`,
      `“added:2027..2026” is not a date or range: ${range}`,
      `“on:2020...2021” is not a date or range: ${range}`,
      '“before:2020..2021” takes one date: for a range use on:2020..2021',
    ]);
  });

  it('reads is:duplicate and -is:duplicate, and explains an unknown is: value', () => {
    const plan = parseSearchQuery('is:duplicate -is:Duplicate is:starred');

    expect(plan.filters).toEqual([
      { field: 'is', value: 'duplicate', negated: false },
      { field: 'is', value: 'Duplicate', negated: true },
    ]);
    expect(plan.problems.map((p) => p.message)).toEqual(['Unknown “is:starred” — known: is:duplicate']);
  });

  it('reads entity:, tag: and has:links as filters, quoted names whole', () => {
    const plan = parseSearchQuery('tag:climate -entity:"Vladimir Putin" has:links');

    expect(plan.filters).toEqual([
      { field: 'tag', value: 'climate', negated: false },
      { field: 'entity', value: 'Vladimir Putin', negated: true },
      { field: 'has', value: 'links', negated: false },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('explains that has: knows only links', () => {
    const plan = parseSearchQuery('has:images');

    expect(plan.filters).toEqual([]);
    expect(plan.problems.map((p) => p.message)).toEqual(['Unknown “has:images” — known: has:links']);
  });
});
