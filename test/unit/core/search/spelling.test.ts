import { describe, expect, it } from 'vitest';
import { boundedEditDistance, maxEdits, SpellingSuggester } from '../../../../main/core/search/spelling.ts';

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

describe('ruling terms out by their letters', () => {
  it('never rules out the closest term, in Latin, Cyrillic or Greek', () => {
    const alphabets = [
      'abcdefghijklmnopqrstuvwxyz',
      'абвгдежзийклмнопрстуфхцчшщъыьэюя',
      'αβγδεζηθικλμνξοπρστυφχψω',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const wordOf = (letters: string, length: number): string =>
      Array.from({ length }, () => letters.charAt(random(letters.length))).join('');
    const terms = Array.from({ length: 600 }, (_, i) => wordOf(alphabets[i % 3] ?? '', 5 + random(6)));
    const suggester = new SpellingSuggester(terms.map((term): [string, number] => [term, 1]));
    for (let i = 0; i < 200; i += 1) {
      const term = terms[random(terms.length)] ?? '';
      const at = random(term.length);
      const typo = `${term.slice(0, at)}${term.charAt((at + 1) % term.length)}${term.slice(at + 1)}`;
      const limit = maxEdits(typo.length);
      const best = Math.min(
        ...terms.filter((t) => t !== typo).map((t) => boundedEditDistance(typo, t, limit)),
      );
      const suggested = suggester.suggest(typo);

      if (best > limit) expect(suggested).toBeNull();
      else expect(boundedEditDistance(typo, suggested ?? '', limit)).toBe(best);
    }
  });
});
