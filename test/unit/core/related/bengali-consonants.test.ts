import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import {
  caselessSkeletons,
  caselessWord,
  latinSkeleton,
  namesInCaselessWords,
} from '../../../../main/core/related/consonant-skeleton.ts';

// Round 45: held-out-40's Bengali first report (সীতাকুণ্ড, চট্টগ্রাম) read as nothing against its English
// reports: its words were read by no consonant table. Bengali letters are Devanagari's, one Unicode block on.

describe('a Bengali word', () => {
  it('is read by its consonants as a Devanagari word is', () => {
    expect(caselessWord.test('সীতাকুণ্ড')).toBe(true);
    expect(caselessSkeletons('সীতাকুণ্ড')).toEqual([latinSkeleton('Sitakunda')]);
    expect(caselessSkeletons('চট্টগ্রাম')).toEqual([latinSkeleton('Chattogram')]);
  });

  it('meets the English spelling of a name, and not another name', () => {
    const words = [{ key: 't:সীতাকুণ্ড', label: 'সীতাকুণ্ড' }];
    const names = [
      { key: 'e:n:stknd', label: 'Sitakunda' },
      { key: 'e:n:kmr', label: 'Kumira Bazar' },
    ];
    expect(namesInCaselessWords(names, words).map((n) => n.label)).toEqual(['Sitakunda']);
  });
});

describe('Bengali function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = [
      ...articleTerms('সীতাকুণ্ডে একটি ট্যাংকারে বিস্ফোরণ হয়েছে এবং শ্রমিক আহত, ফায়ার সার্ভিস জানান').values(),
    ].map((t) => t.word);
    for (const word of ['সীতাকুণ্ডে', 'ট্যাংকারে', 'বিস্ফোরণ', 'শ্রমিক']) expect(found).toContain(word);
    for (const word of ['একটি', 'হয়েছে', 'এবং', 'জানান']) expect(found).not.toContain(word);
  });
});
