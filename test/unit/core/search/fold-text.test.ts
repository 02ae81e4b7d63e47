import { describe, expect, it } from 'vitest';
import { containsPhrase, normalizeText } from '../../../../main/core/search/query/normalize-text.ts';
import { createTermEncoder } from '../../../../main/core/search/terms.ts';

const { encode } = createTermEncoder();

/** The index terms of `text`, as a plain copy (the encoder caches its arrays). */
const terms = (text: string): string[] => [...encode(text)];

describe('language folding in the shared encoder and phrase normalizer', () => {
  it.each([
    ['Café résumé NAÏVE', 'cafe resume naive'],
    ['Straße ẞ', 'strasse ss'],
    ['Ёлка ЕЩЁ', 'елка еще'],
    ['ΟΔΟΣ Άνθρωπος λιμάνι', 'οδοσ ανθρωποσ λιμανι'],
    ['İSTANBUL ve ıstanbul', 'istanbul ve istanbul'],
    ['ÆSIR œuvre ﬁnance', 'aesir oeuvre finance'],
    ['مَكْتَبَةُ المكـــتبة أبواب', 'مكتبة المكتبة ابواب'],
    ['גֶּשֶׁר שָׁלוֹם', 'גשר שלום'],
  ])('folds %s to the same words in the index and in phrases', (input, folded) => {
    expect(terms(input).join(' ')).toBe(folded);
    expect(normalizeText(input)).toBe(` ${folded} `);
  });

  it('keeps the Russian letter й apart from и', () => {
    expect(terms('Йод мой')).toEqual(['йод', 'мой']);
    expect(normalizeText('Йод')).toBe(' йод ');
  });

  it('keeps Japanese voiced kana and Korean syllables whole', () => {
    expect(terms('が')).toEqual(['が']);
    expect(terms('한국')).toEqual(['한국']);
  });

  it('does not split a Hindi word at its vowel signs', () => {
    expect(terms('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
    expect(normalizeText('हिन्दी भाषा')).toBe(' हिन्दी भाषा ');
  });

  it('indexes unspaced CJK as overlapping bigrams, so a two-character word inside a longer run is a term', () => {
    expect(terms('東京都に')).toEqual(['東京', '京都', '都に']);
    expect(terms('図')).toEqual(['図']);
    expect(terms('iPhone東京')).toEqual(['iphone', '東京']);
  });

  it('finds a CJK phrase inside unspaced text, and not characters out of order', () => {
    const haystack = normalizeText('山城市立图书馆于本周六重新开放。图书，馆长');

    expect(containsPhrase(haystack, '图书馆')).toBe(true);
    expect(containsPhrase(haystack, '市立 图书')).toBe(true);
    expect(containsPhrase(haystack, '书图')).toBe(false);
  });
});
