import { describe, expect, it } from 'vitest';
import { knownFilters } from '../../../main/core/search/query/filter-problems.ts';
import { parseSearchQuery } from '../../../main/core/search/query/parse-query.ts';
import { hintedFilters, unfinishedFilterHint } from '../../../renderer/components/unfinished-filter.ts';

describe('a filter with nothing after its colon', () => {
  it('says that “title:” alone filters nothing, and how to write it', () => {
    expect(unfinishedFilterHint('title:')).toBe(
      '“title:” has nothing after its colon, so it filters nothing. Write the value right after the colon, without a space: title:ceasefire, or title:"live blog" for several words.',
    );
  });

  it('explains a negated or grouped filter alone, and an unknown name, but not a finished query', () => {
    expect(unfinishedFilterHint('-site:')).toContain('“site:” has nothing after its colon');
    expect(unfinishedFilterHint('( Lang:')).toContain('“Lang:” has nothing');
    expect(unfinishedFilterHint('foo:')).toContain('“foo:” is not a filter');
    expect(unfinishedFilterHint('title:ceasefire')).toBeNull();
    expect(unfinishedFilterHint('ratio 3:')).toBeNull();
    expect(unfinishedFilterHint('"title:"')).toBeNull();
  });

  it('says nothing when other words are searched too: those found nothing, not the filter', () => {
    expect(unfinishedFilterHint('zzqx title:')).toBeNull();
    expect(unfinishedFilterHint('moon -site:')).toBeNull();
    expect(unfinishedFilterHint('(moon OR lang:')).toBeNull();
  });

  it('knows every filter the search box knows, and each example reads without a problem', () => {
    expect([...hintedFilters].sort()).toEqual([...knownFilters].sort());
    for (const filter of knownFilters) {
      const example =
        /: (\S+)/u.exec(unfinishedFilterHint(`${filter}:`) ?? '')?.[1]?.replace(/[,.]$/u, '') ?? '';
      expect(parseSearchQuery(`${example} `).problems, example).toEqual([]);
    }
  });
});
