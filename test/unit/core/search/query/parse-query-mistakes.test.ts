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
  it('applies the filter to the whole search, ANDs the words on either side, and says the OR was ignored', () => {
    const plan = parseSearchQuery('moon OR site:a x ');

    expect(plan.filters).toEqual([{ field: 'site', value: 'a', negated: false }]);
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(problemTexts('moon OR site:a x ')).toEqual(['OR site:a']);
  });

  it('reads two ORed filters as both, says so and points to parentheses for either', () => {
    const plan = parseSearchQuery('site:a OR site:b ');

    expect(plan.filters.map((f) => f.value)).toEqual(['a', 'b']);
    expect(plan.problems.map((p) => p.message).join(' ')).toContain('(site:a OR …)');
    expect(parseSearchQuery('site:a OR moon x ').clauses).toEqual([[word('moon')], [word('x')]]);
    expect(parseSearchQuery('(site:a OR site:b) ').groups).toEqual([[site('a')], [site('b')]]);
  });

  it('still applies a filter no OR touches to the whole search', () => {
    const plan = parseSearchQuery('moon OR mars site:a x ');
    expect(plan.filters).toEqual([{ field: 'site', value: 'a', negated: false }]);
    expect(plan.clauses).toEqual([[word('moon'), word('mars')], [word('x')]]);
  });

  it('does not reach past a filter it could not read to the next word, on either side', () => {
    const plan = parseSearchQuery('moon OR foo:bar x ');
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(problemTexts('moon OR foo:bar x ')).toEqual(['foo:bar']);
    // The OR after a dropped filter must not join the word before it to what follows.
    expect(parseSearchQuery('nato before:2020-13 OR after:2022 ').clauses).toEqual([[word('nato')]]);
    expect(parseSearchQuery('nato foo:bar OR lava ').clauses).toEqual([[word('nato')], [word('lava')]]);
  });

  it('does not reach past an excluded word to the next word, and says why', () => {
    const plan = parseSearchQuery('moon OR -cheese x ');
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(plan.exclusions).toEqual([{ kind: 'word', text: 'cheese' }]);
    expect(problemTexts('moon OR -cheese x ')).toEqual(['OR -cheese']);
    expect(problemTexts('moon OR -"green cheese" x ')).toEqual(['OR -"green cheese"']);
  });

  it('does not let an OR after an exclusion join the words around it either, and says why', () => {
    expect(parseSearchQuery('mars -cheese OR moon ').clauses).toEqual([[word('mars')], [word('moon')]]);
    expect(problemTexts('mars -cheese OR moon ')).toEqual(['OR -cheese']);
    expect(parseSearchQuery('mars -(b OR c) OR moon ').clauses).toEqual([[word('mars')], [word('moon')]]);
  });

  it('explains a mistake made twice once', () => {
    expect(problemTexts('a - b - c ')).toEqual(['-']);
  });

  it('does not reach past an excluded group to the next word, and says why', () => {
    const plan = parseSearchQuery('moon OR -(a OR b) x ');
    expect(plan.clauses).toEqual([[word('moon')], [word('x')]]);
    expect(plan.exclusions).toHaveLength(1);
    expect(problemTexts('moon OR -(a OR b) x ')).toEqual(['OR -( … )']);
  });
});
