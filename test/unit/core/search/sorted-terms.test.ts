import { describe, expect, it } from 'vitest';
import { SortedTerms } from '../../../../main/core/search/sorted-terms.ts';
import { Vocabulary } from '../../../../main/core/search/vocabulary.ts';

/** Terms across scripts, including characters above U+FFFF and in U+E000–U+FFFF, whose UTF-8 byte order differs from code-unit order. */
const mixed = [
  'a',
  'ab',
  'b',
  'é',
  'straße',
  'мир',
  '中国',
  'ｆｕｌｌ',
  '\u{20000}x',
  '😀',
  'zz',
  '\uFFFDz',
].sort();

function saved(terms: readonly string[]): SortedTerms {
  return SortedTerms.fromText(Buffer.from(terms.join('\n'), 'utf8'));
}

describe('terms searched in their saved bytes', () => {
  it('finds every term of a code-unit sorted list at its position, and nothing else', () => {
    const terms = saved(mixed);

    expect(terms.length).toBe(mixed.length);
    expect(mixed.map((term) => terms.indexOf(term))).toEqual(mixed.map((_, i) => i));
    expect(mixed.map((_, i) => terms.at(i))).toEqual(mixed);
    expect(['', 'aa', 'c', '中', '😀😀', 'ｆ'].map((term) => terms.indexOf(term))).toEqual([
      -1, -1, -1, -1, -1, -1,
    ]);
  });

  it('rejects a list that is not sorted (a damaged file) and reads an empty one as no terms', () => {
    expect(() => saved(['b', 'a'])).toThrow(RangeError);
    expect(() => saved(['a', 'a'])).toThrow(RangeError);
    expect(saved([]).length).toBe(0);
    expect(saved([]).indexOf('a')).toBe(-1);
  });
});

describe('terms packed in steps after a rebuild sorted them', () => {
  function packed(terms: readonly string[]): { result: SortedTerms; steps: number } {
    const steps = SortedTerms.fromSortedSteps(terms);
    for (let count = 1; ; count += 1) {
      const step = steps.next();
      if (step.done === true) return { result: step.value, steps: count };
    }
  }

  it('hold the same bytes as the saved terms, across several steps for a long list', () => {
    const long = Array.from({ length: 70_000 }, (_, i) => `w${String(i).padStart(6, '0')}`);

    const { result, steps } = packed(long);

    expect(steps).toBeGreaterThan(2);
    expect(result.length).toBe(long.length);
    expect([0, 12_345, 69_999].map((i) => result.at(i))).toEqual([long[0], long[12_345], long[69_999]]);
    expect(result.indexOf('w012345')).toBe(12_345);
    const mixedPacked = packed(mixed).result;
    expect(mixed.map((term) => mixedPacked.indexOf(term))).toEqual(
      mixed.map((term) => saved(mixed).indexOf(term)),
    );
  });

  it('refuse terms that are not in order, as saved ones are', () => {
    expect(() => packed(['b', 'a'])).toThrow(RangeError);
  });
});

describe('a vocabulary loaded from saved bytes', () => {
  function loaded(): Vocabulary {
    return Vocabulary.fromSaved(Buffer.from('car\ncarbon\ncart\n😀', 'utf8'), Buffer.from('1,3,2,1'));
  }

  it('counts, expands and removes like one built in memory, new terms included', () => {
    const vocabulary = loaded();
    vocabulary.addDistinct(['carafe', 'carbon']);
    vocabulary.removeDocument(['cart', 'cart', 'car']);

    expect(vocabulary.frequency('carbon')).toBe(4);
    expect(vocabulary.frequency('car')).toBe(0);
    expect(vocabulary.size).toBe(4);
    expect(vocabulary.expand('car')).toEqual(['carbon', 'carafe', 'cart']);
    expect(vocabulary.expand('😀')).toEqual(['😀']);
    expect([...vocabulary.frequencies()].sort()).toEqual([
      ['carafe', 1],
      ['carbon', 4],
      ['cart', 1],
      ['😀', 1],
    ]);
    expect(vocabulary.toJSON()).toEqual({ terms: 'carafe\ncarbon\ncart\n😀', frequencies: '1,4,1,1' });
  });

  it('ranks equally frequent completions in sorted order, whichever part holds them', () => {
    const vocabulary = loaded();
    vocabulary.addDistinct(['cara']);

    expect(vocabulary.expand('car', 3)).toEqual(['car', 'carbon', 'cart']);
    expect(vocabulary.expand('ca', 4)).toEqual(['carbon', 'cart', 'car', 'cara']);
  });

  it('rejects frequencies that are malformed or do not match the terms', () => {
    const terms = Buffer.from('a\nb');
    expect(() => Vocabulary.fromSaved(terms, Buffer.from('1'))).toThrow(TypeError);
    expect(() => Vocabulary.fromSaved(terms, Buffer.from('1,0'))).toThrow(TypeError);
    expect(() => Vocabulary.fromSaved(terms, Buffer.from('1,x'))).toThrow(TypeError);
    expect(() => Vocabulary.fromSaved(terms, Buffer.from('1,2,3'))).toThrow(TypeError);
  });
});
