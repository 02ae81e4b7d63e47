import { describe, expect, it } from 'vitest';
import { forEachWordUnit } from '../../../../main/core/search/word-units.ts';

function unitsOf(text: string, maxChars?: number): [number, string][] {
  const units: [number, string][] = [];
  forEachWordUnit(
    text,
    (start, unit) => {
      units.push([start, unit]);
      return true;
    },
    maxChars,
  );
  return units;
}

describe('splitting text into searchable units', () => {
  it('splits words on punctuation and keeps Hindi vowel signs inside their word', () => {
    expect(unitsOf('Café, नमस्ते दुनिया!')).toEqual([
      [0, 'Café'],
      [6, 'नमस्ते'],
      [13, 'दुनिया'],
    ]);
  });

  it('turns a CJK run into overlapping bigrams at their own offsets, Latin around it whole', () => {
    expect(unitsOf('東京都abc')).toEqual([
      [0, '東京'],
      [1, '京都'],
      [3, 'abc'],
    ]);
  });

  it('stops when the visitor answers false and skips words past the scan limit', () => {
    const seen: string[] = [];
    forEachWordUnit('one two three', (_, unit) => {
      seen.push(unit);
      return unit !== 'two';
    });

    expect(seen).toEqual(['one', 'two']);
    expect(unitsOf('one two three', 5).map(([, unit]) => unit)).toEqual(['one', 'two']);
  });
});
