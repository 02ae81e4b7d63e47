import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../../main/core/search/fold-text.ts';
import { wordFinder } from '../../../../../main/core/search/query/word-finder.ts';
import { forEachWordUnit } from '../../../../../main/core/search/word-units.ts';

const words = [
  'Straße',
  'strasse',
  'café',
  'cafe\u0301',
  'CAFÉ',
  'cafés',
  'ﬁnal',
  'finale',
  'Ёлка',
  'елками',
  'Σοφία',
  'σοφιας',
  'İstanbul',
  'the',
  'There',
  'theory',
  'THE',
  '2024',
  '20245',
  'co',
  'op',
  'Ørsted',
];
const separators = [' ', ', ', '. ', '\n', '-', "'", ' (', '/'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;

/** The definition: each word unit folded, equal to a term or starting with a prefix. */
function byFolding(text: string, terms: string[], prefixes: string[]): string[] {
  const out: string[] = [];
  forEachWordUnit(text, (_, unit) => {
    const folded = foldText(unit);
    if (terms.includes(folded) || prefixes.some((p) => folded.startsWith(p))) out.push(unit);
    return true;
  });
  return out;
}

function byFinder(text: string, terms: string[], prefixes: string[]): string[] {
  const out: string[] = [];
  wordFinder(terms, prefixes)?.(text, (_, word) => out.push(word) > 0, Infinity);
  return out;
}

describe('finding matching words without folding each word', () => {
  it('finds exactly the words folding to a term or starting with a prefix', () => {
    const next = random(7);
    let matched = 0;
    for (let round = 0; round < 600; round += 1) {
      let text = '';
      for (let i = 0; i < 10; i += 1) text += pick(words, next) + pick(separators, next);
      const terms = [foldText(pick(words, next)), foldText(pick(words, next))];
      const prefixes = next() < 0.5 ? [foldText(pick(words, next)).slice(0, 2)] : [];
      const expected = byFolding(text, terms, prefixes);
      matched += expected.length;
      expect({ text, terms, prefixes, found: byFinder(text, terms, prefixes) }).toEqual({
        text,
        terms,
        prefixes,
        found: expected,
      });
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('stops where the visitor says so', () => {
    const seen: string[] = [];
    wordFinder(['the'], [])?.('the cat and the dog and the end', (_, w) => seen.push(w) < 2, Infinity);
    expect(seen).toEqual(['the', 'the']);
  });

  it('leaves CJK terms to per-word matching', () => {
    expect(wordFinder(['東京'], [])).toBeNull();
  });
});
