import { describe, expect, it } from 'vitest';
import { knownFilters } from '../../../main/core/search/query/filter-problems.ts';
import { parseSearchQuery } from '../../../main/core/search/query/parse-query.ts';
import { queryHelp } from '../../../renderer/components/query-help.ts';

describe('the search help popover', () => {
  it('names every filter the search box understands', () => {
    const syntax = queryHelp.map((entry) => entry.syntax).join(' ');

    for (const filter of knownFilters) expect(syntax, filter).toContain(`${filter}:`);
  });

  it('shows only examples the search box reads without a problem', () => {
    for (const { example } of queryHelp.filter((entry) => /^[-"(\p{L}]/u.test(entry.example)))
      expect(parseSearchQuery(`${example} `).problems, example).toEqual([]);
  });
});
