import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { parseSearchQuery } from '../../../../main/core/search/query/parse-query.ts';
import { warmUpAtOpen, warmUpOtherPaths } from '../../../../main/core/search/warm-up-queries.ts';

/** An index whose commonest words are known: "harbour" is in every article, "storm" in most. */
function indexOf(articles: number): SearchIndex {
  const index = new SearchIndex();
  for (let id = 1; id <= articles; id += 1) {
    const body = `harbour ${id % 3 === 0 ? '' : 'storm'} pilots ${id % 2 === 0 ? 'weather' : 'ferry'} report`;
    index.add({ id, title: `Report ${id}`, byline: '', siteName: '', body });
  }
  return index;
}

function asked(warm: (search: (query: string) => unknown, index: SearchIndex) => void): string[] {
  const queries: string[] = [];
  warm((query) => queries.push(query), indexOf(40));
  return queries;
}

describe('the queries run ahead to warm the search paths', () => {
  it('at open, ask for a common word in full and as a typed prefix', () => {
    const [word, prefix] = asked(warmUpAtOpen);

    expect(parseSearchQuery(word ?? '').groups).toEqual([
      [{ kind: 'word', text: word?.trim(), prefix: false }],
    ]);
    expect(parseSearchQuery(prefix ?? '').groups[0]?.[0]).toMatchObject({ kind: 'word', prefix: true });
  });

  it('after the idle preparation, ask for two words being typed, an exact phrase, a date filter and a misspelled word, all valid queries', () => {
    const [words, phrase, filter, typo] = asked(warmUpOtherPaths);

    expect(parseSearchQuery(words ?? '').groups[0]?.map((t) => t.kind === 'word' && t.prefix)).toEqual([
      false,
      true,
    ]);
    expect(parseSearchQuery(phrase ?? '').groups[0]?.[0]?.kind).toBe('phrase');
    expect(parseSearchQuery(filter ?? '').filters.map((f) => f.field)).toEqual(['after']);
    expect(typo?.trim().length).toBeGreaterThanOrEqual(6);
    for (const query of [words, phrase, filter, typo])
      expect(parseSearchQuery(query ?? '').problems).toEqual([]);
  });

  it('asks nothing of an empty index', () => {
    const queries: string[] = [];
    warmUpOtherPaths((query) => queries.push(query), new SearchIndex());
    warmUpAtOpen((query) => queries.push(query), new SearchIndex());

    expect(queries).toEqual([]);
  });
});
