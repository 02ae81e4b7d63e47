import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../main/core/search/query/parse-query.ts';

const word = (text: string, prefix = false) => ({ kind: 'word', text, prefix }) as const;
const site = (value: string, negated = false) =>
  ({ kind: 'filter', filter: { field: 'site', value, negated } }) as const;
const problemTexts = (query: string): string[] => parseSearchQuery(query).problems.map((p) => p.text);

describe('a query that is only a quote or a minus sign', () => {
  it('is explained rather than answered with a silent empty list', () => {
    for (const query of ['"', '-', '-"', ' " ', '"   ']) {
      const plan = parseSearchQuery(query);
      expect(plan.groups, query).toEqual([]);
      expect(plan.problems, query).toHaveLength(1);
    }
    expect(parseSearchQuery('"').problems[0]?.message).toContain('starts a phrase');
    expect(parseSearchQuery('-').problems[0]?.message).toContain('(-word)');
    expect(parseSearchQuery('-"').problems[0]?.message).toContain('phrase to leave out');
  });

  it('says nothing while a phrase or an exclusion is being started after other words', () => {
    expect(parseSearchQuery('moon "').problems).toEqual([]);
    expect(parseSearchQuery('moon -').problems).toEqual([]);
    expect(parseSearchQuery('moon -"').problems).toEqual([]);
    expect(parseSearchQuery('moon "').clauses).toEqual([[word('moon')]]);
  });

  it('explains a minus sign standing alone between words, and an empty closed phrase', () => {
    expect(problemTexts('moon - cheese ')).toEqual(['-']);
    expect(parseSearchQuery('moon - cheese ').clauses).toEqual([[word('moon')], [word('cheese')]]);
    expect(problemTexts('moon "" ')).toEqual(['""']);
    expect(problemTexts('moon -"" ')).toEqual(['-""']);
  });
});

describe('a query that searches for nothing', () => {
  it('explains an empty group and a lone OR instead of answering with a silent empty list', () => {
    expect(problemTexts('() ')).toEqual(['()']);
    expect(problemTexts('( ) ')).toEqual(['()']);
    expect(problemTexts('moon () ')).toEqual(['()']);
    expect(problemTexts('OR ')).toEqual(['OR']);
    expect(problemTexts('OR OR ')).toEqual(['OR']);
  });

  it('says nothing more about a group whose only content was already explained, or an OR still being typed', () => {
    expect(problemTexts('(foo:bar) ')).toEqual(['foo:bar']);
    expect(problemTexts('moon OR')).toEqual([]);
  });
});

describe('OR beside a filter', () => {
  it('joins the filter as one side of the OR, so the next word is ANDed as usual', () => {
    const plan = parseSearchQuery('moon OR site:a x ');

    expect(plan.filters).toEqual([]);
    expect(plan.clauses).toEqual([[word('moon'), site('a')], [word('x')]]);
    expect(plan.groups).toEqual([
      [word('moon'), word('x')],
      [site('a'), word('x')],
    ]);
  });

  it('reads two ORed filters as either, and a filter before OR the same way', () => {
    expect(parseSearchQuery('site:a OR site:b ').groups).toEqual([[site('a')], [site('b')]]);
    expect(parseSearchQuery('site:a OR moon x ').groups).toEqual([
      [site('a'), word('x')],
      [word('moon'), word('x')],
    ]);
  });

  it('still applies a filter no OR touches to the whole search', () => {
    const plan = parseSearchQuery('moon OR mars site:a x ');
    expect(plan.filters).toEqual([{ field: 'site', value: 'a', negated: false }]);
    expect(plan.clauses).toEqual([[word('moon'), word('mars')], [word('x')]]);
  });

  it('does not reach past a filter it could not read to the next word', () => {
    const plan = parseSearchQuery('moon OR foo:bar x ');
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(problemTexts('moon OR foo:bar x ')).toEqual(['foo:bar']);
  });

  it('does not reach past an excluded word to the next word, and says why', () => {
    const plan = parseSearchQuery('moon OR -cheese x ');
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(plan.exclusions).toEqual([{ kind: 'word', text: 'cheese' }]);
    expect(problemTexts('moon OR -cheese x ')).toEqual(['OR -cheese']);
  });
});
