import { describe, expect, it } from 'vitest';
import { boundedEditDistance, maxEdits, SpellingSuggester } from '../../../../main/core/search/spelling.ts';

const suggester = (entries: Record<string, number>): SpellingSuggester =>
  new SpellingSuggester(new Map(Object.entries(entries)));

describe('spelling suggestions', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('sanctoins', 'sanctions', 2)).toBe(1);
    expect(boundedEditDistance('summit', 'sumit', 2)).toBe(1);
    expect(boundedEditDistance('usmmit', 'summit', 2)).toBe(1);
    expect(boundedEditDistance('summti', 'summit', 1)).toBe(1);
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

/** Optimal string alignment distance over the whole table: the definition the bounded one must keep. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = value;
    }
  }
  return at(a.length, b.length);
}

describe('the bounded edit distance', () => {
  it('agrees with the whole table on 5,000 pairs of nearby words, up to its limit', () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const letters = 'abcdeабвгαβ';
    const edit = (word: string): string => {
      const at = random(word.length + 1);
      const letter = letters.charAt(random(letters.length));
      const kind = random(4);
      if (kind === 0) return word.slice(0, at) + letter + word.slice(at);
      if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
      if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1);
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    };
    let within = 0;
    for (let round = 0; round < 5_000; round += 1) {
      const a = Array.from({ length: random(12) }, () => letters.charAt(random(letters.length))).join('');
      let b = a;
      for (let edits = random(5); edits > 0; edits -= 1) b = edit(b);
      const limit = random(4);
      const exact = fullDistance(a, b);
      if (exact <= limit) within += 1;
      expect({ a, b, limit, distance: boundedEditDistance(a, b, limit) }).toEqual({
        a,
        b,
        limit,
        distance: Math.min(exact, limit + 1),
      });
    }
    // Most pairs must be within the limit, or agreement would only be on "too far".
    expect(within).toBeGreaterThan(800);
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
