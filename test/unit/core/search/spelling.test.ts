import { describe, expect, it } from 'vitest';
import { boundedEditDistance, SpellingSuggester } from '../../../../main/core/search/spelling.ts';

const suggester = (entries: Record<string, number>): SpellingSuggester =>
  new SpellingSuggester(new Map(Object.entries(entries)));

describe('spelling suggestions', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('sanctoins', 'sanctions', 2)).toBe(1);
    expect(boundedEditDistance('summit', 'sumit', 2)).toBe(1);
    expect(boundedEditDistance('summit', 'submittal', 2)).toBe(3);
  });

  it('allows one edit for words of 5 to 7 letters and two for 8 or more', () => {
    const known = suggester({ summit: 3, treaties: 2 });

    expect(known.suggest('sumit')).toBe('summit');
    expect(known.suggest('smmiit')).toBeNull();
    expect(known.suggest('traetise')).toBe('treaties');
  });

  it('leaves words shorter than five letters alone', () => {
    expect(suggester({ taxes: 4 }).suggest('taxs')).toBeNull();
  });

  it('prefers fewer edits, then the more frequent term', () => {
    expect(suggester({ border: 1, boarder: 9 }).suggest('bordre')).toBe('border');
    expect(suggester({ prices: 2, prides: 40 }).suggest('pries')).toBe('prides');
  });
});
