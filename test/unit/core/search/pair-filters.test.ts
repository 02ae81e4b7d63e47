import { describe, expect, it } from 'vitest';
import { PairFilters, type SavedPairs } from '../../../../main/core/search/pair-filters.ts';
import { containsPhrase, normalizeText } from '../../../../main/core/search/query/normalize-text.ts';
import { phraseFinder } from '../../../../main/core/search/query/phrase-pattern.ts';
import { SearchIndex } from '../../../../main/core/search/search-index.ts';
import { type IndexedArticle } from '../../../../main/core/search/search-fields.ts';
import { appendPairHashes, phrasePairHashes } from '../../../../main/core/search/term-pairs.ts';
import { seededRandom as random } from '../../support/seeded-random.ts';
import { foldingWords, mixedSentence, separators } from '../../support/mixed-sentence.ts';

/** What a phrase check answers for one field when it reads the text (the filter must never contradict a yes). */
const foundInText = (text: string, phrase: string): boolean => {
  const find = phraseFinder(phrase);
  return find === null ? containsPhrase(normalizeText(text), phrase) : find(text) >= 0;
};

/**
 * Folding look-alikes plus what only the index encoder splits (CJK beside Latin, Arabic and Hebrew
 * marks, long numbers), and short words, around which the terms on either side pair too.
 */
const words = [
  ...foldingWords,
  'de',
  'и',
  'À',
  'ß',
  '12345',
  '1234567',
  'a1234',
  'abc東京',
  '東京都',
  'タワー',
  'مُدِير',
  'مدير',
  'שָׁלוֹם',
  'שלום',
  'नमस्ते',
  'x\u0301y',
  '١٢٣٤',
];
const sentence = (next: () => number, length: number): string =>
  mixedSentence(next, length, words, [...separators, '\u00a0']);

function article(id: number, fields: Partial<IndexedArticle>): IndexedArticle {
  return { id, title: '', byline: '', siteName: '', body: '', ...fields };
}

describe("an article's pair filter", () => {
  it('never rejects a phrase that reading the text would find, on two thousand mixed-script texts', () => {
    const next = random(7);
    // The pair postings choose their common terms after 200 articles and list the rest's pairs.
    const index = new SearchIndex({ pairPostingSample: 200 });
    let found = 0;
    let listed = 0;
    for (let id = 1; id <= 2000; id += 1) {
      const fields = { title: sentence(next, 4), byline: sentence(next, 2), body: sentence(next, 16) };
      index.add(article(id, fields));
      const texts = [fields.title, fields.byline, fields.body];
      // A run of the text's own words (often a real phrase) and a random one.
      const start = Math.floor(next() * 14);
      const run = fields.body.slice(start * 6, start * 6 + 30).replace(/^\S*\s|\s\S*$/gu, '');
      for (const phrase of [run, sentence(next, 2 + Math.floor(next() * 2)).trim()]) {
        if (phrase.trim() === '' || !texts.some((text) => foundInText(text, phrase))) continue;
        found += 1;
        const holders = index.pairHolders(phrase);
        if (holders !== null) listed += 1;
        const mayHold = index.mayHoldPairs(id, phrasePairHashes(phrase)) && (holders?.(id) ?? true);
        expect({ phrase, texts, mayHold }).toEqual({ phrase, texts, mayHold: true });
      }
    }
    // The generator must produce real matches, or agreement would be trivial; and the postings must
    // have had a say on many of them.
    expect(found).toBeGreaterThan(500);
    expect(listed).toBeGreaterThan(100);
  });

  it('rejects most two-word phrases whose words the article has, but never side by side', () => {
    const next = random(11);
    const vocabulary = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
    const body = Array.from({ length: 800 }, () => vocabulary[Math.floor(next() * 300)] ?? '');
    const index = new SearchIndex();
    index.add(article(1, { body: body.join(' ') }));
    const adjacent = new Set(body.slice(1).map((word, i) => `${body[i]} ${word}`));
    let asked = 0;
    let passed = 0;
    for (let round = 0; round < 3000; round += 1) {
      const phrase = `${body[Math.floor(next() * 800)]} ${body[Math.floor(next() * 800)]}`;
      if (adjacent.has(phrase)) continue;
      asked += 1;
      if (index.mayHoldPairs(1, phrasePairHashes(phrase))) passed += 1;
    }
    expect(asked).toBeGreaterThan(2500);
    // An xor filter with 8-bit fingerprints lets ~0.4 % through (a Bloom filter of 8 bits a pair ~2 %);
    // a filter that fails to filter passes all.
    expect(passed / asked).toBeLessThan(0.012);
  });

  it('rejects a three-word phrase whose two pairs an article holds apart, around a short middle word', () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 500; id += 1) {
      const apart = `they moved in to the port; the ferry went to kirkwall on day ${id}`;
      index.add(article(id, { body: id === 500 ? 'they moved in to kirkwall' : apart }));
    }
    const phrase = phrasePairHashes('in to kirkwall');
    const passed = Array.from({ length: 500 }, (_, i) => i + 1).filter((id) =>
      index.mayHoldPairs(id, phrase),
    );

    // Every article has "in to" and "to kirkwall"; only the last has the three words together.
    expect(passed).toContain(500);
    expect(passed.length).toBeLessThan(10);
  });

  it('rejects a three-word phrase whose pairs an article holds apart and whose outer words stand around another short word', () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 500; id += 1) {
      const apart = `they moved in at kirkwall; the crew went in to the port; a ferry to kirkwall on day ${id}`;
      index.add(article(id, { body: id === 500 ? 'they moved in to kirkwall' : apart }));
    }
    const phrase = phrasePairHashes('in to kirkwall');
    const passed = Array.from({ length: 500 }, (_, i) => i + 1).filter((id) =>
      index.mayHoldPairs(id, phrase),
    );

    // "in to", "to kirkwall" and "in … kirkwall" around a short word: only the exact three words count.
    expect(passed).toContain(500);
    expect(passed.length).toBeLessThan(10);
  });

  it('screens a phrase that repeats a word at once, as "Baden-Baden", like any other', () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 500; id += 1) {
      const body = id === 500 ? 'the spa of Baden-Baden reopened' : `the spa of Baden reopened on day ${id}`;
      index.add(article(id, { body }));
    }
    const passed = Array.from({ length: 500 }, (_, i) => i + 1).filter((id) =>
      index.mayHoldPairs(id, phrasePairHashes('Baden-Baden')),
    );

    // With the repeat dropped the phrase would be one word, with no pair to screen by: all 500 pass.
    expect(passed).toContain(500);
    expect(passed.length).toBeLessThan(10);
  });

  it('lets a phrase through only ~0.4 % of articles that share all their other pairs, not all or none of them', () => {
    const index = new SearchIndex();
    for (let id = 1; id <= 1000; id += 1) {
      index.add(article(id, { title: `Dispatch ${id}`, body: `the crane by the harbour ${id}` }));
    }
    const pairs = phrasePairHashes('harbour crane');
    const passed = Array.from({ length: 1000 }, (_, i) => index.mayHoldPairs(i + 1, pairs)).filter(Boolean);
    expect(passed.length).toBeLessThan(15);
  });

  it('follows a changed text, and lets any phrase through for an article it has no filter of', () => {
    const index = new SearchIndex();
    index.add(article(1, { body: 'the harbour strike ended' }));
    const strike = phrasePairHashes('harbour strike');
    const lockout = phrasePairHashes('harbour lockout');
    expect([index.mayHoldPairs(1, strike), index.mayHoldPairs(1, lockout)]).toEqual([true, false]);

    index.update(article(1, { body: 'the harbour lockout began' }));
    expect([index.mayHoldPairs(1, strike), index.mayHoldPairs(1, lockout)]).toEqual([false, true]);

    index.remove(article(1, { body: 'the harbour lockout began' }));
    expect([index.mayHoldPairs(1, strike), index.mayHoldPairs(2, strike)]).toEqual([true, true]);
  });

  it('keeps no pair across two fields, and holds a one-word phrase anywhere', () => {
    const index = new SearchIndex();
    index.add(article(1, { title: 'Harbour', body: 'strike ended' }));
    expect(index.mayHoldPairs(1, phrasePairHashes('harbour strike'))).toBe(false);
    expect(index.mayHoldPairs(1, phrasePairHashes('lockout'))).toBe(true);
  });

  it('saves only the live filters and reads them back the same', () => {
    const filters = new PairFilters();
    filters.add(1, [['red', 'fox']]);
    filters.add(2, [['blue', 'jay']]);
    filters.add(1, [['grey', 'wolf']]);
    filters.remove(2);
    const runs = filters.liveRuns();
    const saved = new Uint32Array(runs.reduce((sum, run) => sum + run.length, 0));
    let at = 0;
    for (const run of runs) {
      saved.set(run, at);
      at += run.length;
    }
    // Only the live entries: what a filter holding just them writes.
    const live = new PairFilters();
    live.add(1, [['grey', 'wolf']]);
    expect(saved).toEqual(live.liveRuns()[0]);

    const restored = new PairFilters();
    restored.restore(saved, (id) => id === 1 || id === 2);
    const pairs = (...terms: string[]): number[] => {
      const hashes: number[] = [];
      appendPairHashes(terms, hashes);
      return hashes;
    };
    expect([pairs('grey', 'wolf'), pairs('red', 'fox')].map((h) => restored.mayHold(1, h))).toEqual([
      true,
      false,
    ]);
    expect(restored.mayHold(2, pairs('red', 'fox'))).toBe(true);
  });

  it('takes saved filters that arrive late, leaving the articles changed meanwhile as they now are', async () => {
    const pairs = (...terms: string[]): number[] => {
      const hashes: number[] = [];
      appendPairHashes(terms, hashes);
      return hashes;
    };
    const before = new PairFilters();
    for (const id of [1, 2, 3]) before.add(id, [['red', 'fox']]);
    const [saved] = before.liveRuns();
    if (saved === undefined) throw new Error('no filter saved');

    const filters = new PairFilters();
    let deliver: (saved: SavedPairs) => void = () => undefined;
    // Article 2 is gone from the index: its saved filter is not taken, and that is no damage.
    const arrival = filters.receive(new Promise((resolve) => (deliver = resolve)), (id) => id !== 2);
    filters.add(1, [['grey', 'wolf']]);
    filters.add(4, [['blue', 'jay']]);
    filters.remove(2);
    expect(filters.mayHold(3, pairs('grey', 'wolf'))).toBe(true);
    deliver({ filters: saved, postings: new Uint32Array(0) });
    expect(await arrival).toBeNull();

    const asked = [pairs('red', 'fox'), pairs('grey', 'wolf')];
    expect([1, 2, 3].map((id) => asked.map((hashes) => filters.mayHold(id, hashes)))).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    expect(filters.mayHold(4, pairs('blue', 'jay'))).toBe(true);
    expect(filters.mayHold(4, pairs('red', 'fox'))).toBe(false);
  });

  it('takes filters in steps between events, and an article changed between two steps keeps its own', async () => {
    const pairs = (...terms: string[]): number[] => {
      const hashes: number[] = [];
      appendPairHashes(terms, hashes);
      return hashes;
    };
    const before = new PairFilters();
    for (let id = 1; id <= 40; id += 1) before.add(id, [['red', 'fox']]);
    const saved = await before.saved();

    const filters = new PairFilters();
    // Four entries a step: 40 checked, then 40 taken, over 20 turns.
    const arrival = filters.receive(Promise.resolve(saved), () => true, 4);
    const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    // Past the ten steps of checks, into the taking (article 40's entry is taken last).
    for (let i = 0; i < 13; i += 1) await turn();
    expect(filters.arriving).not.toBeNull();
    // Changed while its saved entry was already checked, but not yet taken.
    filters.add(40, [['grey', 'wolf']]);
    filters.remove(39);
    expect(await arrival).toBeNull();

    expect(filters.mayHold(1, pairs('grey', 'wolf'))).toBe(false);
    expect(filters.mayHold(40, pairs('grey', 'wolf'))).toBe(true);
    expect(filters.mayHold(40, pairs('red', 'fox'))).toBe(false);
    expect(filters.mayHold(39, pairs('grey', 'wolf'))).toBe(true);
  });

  it('refuses saved filters that are torn, name an article twice, or name one the index lacks', () => {
    const filters = new PairFilters();
    filters.add(1, [['red', 'fox']]);
    const [run] = filters.liveRuns();
    if (run === undefined) throw new Error('no filter saved');
    expect(() => {
      new PairFilters().restore(run.subarray(0, run.length - 1), () => true);
    }).toThrow(/torn/u);
    const twice = new Uint32Array(run.length * 2);
    twice.set(run);
    twice.set(run, run.length);
    expect(() => {
      new PairFilters().restore(twice, () => true);
    }).toThrow(/twice/u);
    // A damaged id (say 4,000,000,000) must not size the table of where each filter starts.
    expect(() => {
      new PairFilters().restore(run, (id) => id !== 1);
    }).toThrow(/does not hold/u);
  });
});
