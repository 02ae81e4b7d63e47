import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../support/seeded-random.ts';
import { createTermEncoder } from '../../../../../main/core/search/terms.ts';
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

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;

const { encode } = createTermEncoder();

/** The definition (the query matcher's): each unit encoded, equal to a term or starting with a prefix. */
function byFolding(text: string, terms: string[], prefixes: string[]): string[] {
  const out: string[] = [];
  forEachWordUnit(text, (_, unit) => {
    const encoded = encode(unit);
    if (encoded.some((t) => terms.includes(t) || prefixes.some((p) => t.startsWith(p)))) out.push(unit);
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
      const terms = [...encode(pick(words, next)), ...encode(pick(words, next))];
      const first = encode(pick(words, next))[0] ?? '';
      const prefixes = next() < 0.5 ? [first.slice(0, next() < 0.5 ? 1 : 2)] : [];
      // Queries the finder leaves to per-word tests (numbers) are not its to answer.
      if (wordFinder(terms, prefixes) === null) continue;
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

  it('finds overlapping CJK bigrams inside a run, and a lone character only as a run of one', () => {
    expect(byFinder('東京都と京都', ['東京', '京都'], [])).toEqual(['東京', '京都', '京都']);
    expect(byFinder('東 と 東京', ['東'], [])).toEqual(['東']);
  });

  it('leaves scripts without fold classes to per-word matching', () => {
    expect(wordFinder(['नमस्ते'], [])).toBeNull();
  });
});
