import { describe, expect, it } from 'vitest';
import { createTermEncoder, encodeSequence } from '../../../../main/core/search/terms.ts';
import { foldingWords, mixedSentence, separators } from '../../support/mixed-sentence.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/** A term sequence with each run of one term written once, as FlexSearch's encoder leaves it. */
const collapsed = (terms: readonly string[]): string[] => terms.filter((term, i) => term !== terms[i - 1]);

/** What FlexSearch's encoder alone splits: CJK beside Latin, long numbers, Arabic and Hebrew marks, Hindi. */
const words = [
  ...foldingWords,
  'abc東京',
  '東京東京',
  '1234567',
  'a1234',
  'مُدِير',
  'שָׁלוֹם',
  'नमस्ते',
  'x\u0301y',
  '١٢٣٤',
];

describe('the term sequence the pair filters are built from', () => {
  it("has FlexSearch's own terms, in its order once repeats are collapsed, on two thousand mixed-script texts", () => {
    const { encode } = createTermEncoder();
    const next = seededRandom(17);
    const differing: { text: string; ours: string[]; flexsearch: string[] }[] = [];
    for (let round = 0; round < 2000; round += 1) {
      const text = mixedSentence(next, 1 + Math.floor(next() * 12), words, separators);
      const ours = encodeSequence(text);
      const flexsearch = encode(text);
      // The same terms (what the body's posting lists hold), and in the same order but for repeats:
      // FlexSearch drops a repeated word before cutting CJK into bigrams, so there only the terms agree.
      const sameTerms = [...new Set(ours)].sort().join('|') === [...new Set(flexsearch)].sort().join('|');
      const sameOrder =
        /[\u3040-\u9fff]/u.test(text) || collapsed(ours).join('|') === collapsed(flexsearch).join('|');
      if (!sameTerms || !sameOrder) differing.push({ text, ours, flexsearch });
    }
    expect(differing.slice(0, 3)).toEqual([]);
  });

  it('keeps a word repeated at once, which FlexSearch drops', () => {
    const { encode } = createTermEncoder();
    expect([encode('Baden-Baden spa'), encodeSequence('Baden-Baden spa')]).toEqual([
      ['baden', 'spa'],
      ['baden', 'baden', 'spa'],
    ]);
  });
});
