import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../support/seeded-random.ts';
import { containsPhrase, normalizeText } from '../../../../../main/core/search/query/normalize-text.ts';
import { phraseFinder } from '../../../../../main/core/search/query/phrase-pattern.ts';
import { mixedSentence } from '../../../support/mixed-sentence.ts';

/** What folding-based verification answers: the definition the pattern must agree with. */
const byFolding = (text: string, phrase: string): boolean => containsPhrase(normalizeText(text), phrase);
const byPattern = (text: string, phrase: string): boolean => (phraseFinder(phrase)?.(text) ?? -1) >= 0;

const sentence = (next: () => number, length: number): string => mixedSentence(next, length);

describe('finding a phrase in raw text without folding it', () => {
  it('agrees with folding-based verification on a thousand mixed-script texts', () => {
    const next = random(42);
    let found = 0;
    for (let round = 0; round < 1000; round += 1) {
      const text = sentence(next, 12);
      const phrase = sentence(next, 1 + Math.floor(next() * 2)).trim();
      if (phraseFinder(phrase) === null) continue;
      const expected = byFolding(text, phrase);
      if (expected) found += 1;
      expect({ text, phrase, found: byPattern(text, phrase) }).toEqual({ text, phrase, found: expected });
    }
    // The generator must produce real matches, or agreement would be trivial.
    expect(found).toBeGreaterThan(60);
  });

  it('matches across case, accents, ß, ligatures, ё and final sigma', () => {
    expect(byPattern('Die STRASSE der Einheit', 'straße der')).toBe(true);
    expect(byPattern('Die Straße der Einheit', 'strasse der')).toBe(true);
    expect(byPattern('le café noir', 'cafe noir')).toBe(true);
    expect(byPattern('the ﬁnal report', 'final report')).toBe(true);
    expect(byPattern('Новогодняя Ёлка', 'новогодняя елка')).toBe(true);
    expect(byPattern('ΟΔΟΣ ΑΘΗΝΑΣ', 'οδος αθηνας')).toBe(true);
  });

  it('needs the words adjacent, whole and in order', () => {
    expect(byPattern('the city and the council', 'city council')).toBe(false);
    expect(byPattern('the citycouncil met', 'city council')).toBe(false);
    expect(byPattern('council city', 'city council')).toBe(false);
    expect(byPattern('the city, council met', 'city council')).toBe(true);
    expect(byPattern('supercity council', 'city council')).toBe(false);
  });

  it('says where the phrase first starts, past a rejected start of the same word', () => {
    const text = 'Citycouncil minutes: the city budget, then the City Council vote and the city council.';
    expect(phraseFinder('city council')?.(text)).toBe(text.indexOf('City Council'));
    expect(phraseFinder('council vote')?.('no such words')).toBe(-1);
  });

  it('leaves CJK and other scripts to folding', () => {
    expect(phraseFinder('東京 都')).toBeNull();
    expect(phraseFinder('שלום עולם')).toBeNull();
    expect(phraseFinder('city council')).not.toBeNull();
  });
});
