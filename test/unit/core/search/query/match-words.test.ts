import { describe, expect, it } from 'vitest';
import { queryMatcher } from '../../../../../main/core/search/query/match-words.ts';
import { parseSearchQuery } from '../../../../../main/core/search/query/parse-query.ts';
import type { SearchIndex } from '../../../../../main/core/search/search-index.ts';
import { makeSnippets } from '../../../../../main/core/search/snippet.ts';
import { createTermEncoder } from '../../../../../main/core/search/terms.ts';
import type { Snippet } from '../../../../../main/shared/types.ts';

// The matcher only encodes: the shared encoder stands in for the index.
const { encode } = createTermEncoder();
const index = { encode } as unknown as SearchIndex;
const matcher = (query: string) => queryMatcher(parseSearchQuery(query), index);
const marked = (snippet: Snippet | undefined): string[] =>
  snippet === undefined ? [] : snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));

describe('the query word matcher', () => {
  it('finds exactly the matching words by their fold classes, in any case or accent', () => {
    const isMatch = matcher('cafe strasse ecol');

    const [snippet] = makeSnippets('Lunch at the CAFÉ on Straße Nord; ÉCOLE, école and Ecole.', isMatch);

    expect(isMatch.find).toBeDefined();
    expect(marked(snippet)).toEqual(['CAFÉ', 'Straße', 'ÉCOLE', 'école', 'Ecole']);
  });

  it('tests every unit for queries in scripts it has no first-letter table for', () => {
    expect(matcher('नमस्ते').find).toBeUndefined();
    expect(marked(makeSnippets('東京都の京都', matcher('京都'))[0])).toEqual(['京都', '京都']);
    expect(marked(makeSnippets('आज नमस्ते दुनिया', matcher('नमस्ते'))[0])).toEqual(['नमस्ते']);
  });

  it('encodes each distinct word once however often it is tested', () => {
    let calls = 0;
    const counting = {
      encode: (text: string) => {
        calls += 1;
        return encode(text);
      },
    } as unknown as SearchIndex;
    const isMatch = queryMatcher(parseSearchQuery('comet'), counting);
    const before = calls;

    for (let i = 0; i < 5; i += 1) isMatch('Comet');

    expect(calls - before).toBe(1);
  });
});
