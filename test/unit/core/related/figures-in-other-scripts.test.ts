import { describe, expect, it } from 'vitest';
import { numbersAndDates } from '../../../../main/core/related/numbers-and-dates.ts';
import { withKoreanCounts, withLatinDigits } from '../../../../main/core/related/script-digits.ts';

// Round 39 (issue 6): held-out-33's Arabic and Korean follow-ups wrote their figures in their own ways
// (٦٣, 1만4천 "14,000"); the figure reader knew only 0-9 and Western scale words and read none of them.

const keys = (text: string): string[] => [...numbersAndDates(text).keys()];

describe('a figure written in another script', () => {
  it('is read as the same figure when written in Eastern Arabic, Persian or Devanagari digits', () => {
    expect(withLatinDigits('٦٣ و ١٢٠٠')).toBe('63 و 1200');
    expect(keys('ارتفع العدد إلى ١٢٠٠ شجرة')).toEqual(keys('the count rose to 1,200 trees'));
    expect(keys('۴۲۰۰ نفر')).toContain('n:4200');
    expect(keys('४२०० लोग')).toContain('n:4200');
    expect(keys('نسبة ٢٥٫٥٪')).toContain('n:25.5%');
  });

  it('is read as the same figure when Korean counts it in ten-thousands and thousands', () => {
    expect(withKoreanCounts('1만4천 개')).toBe('14000 개');
    expect(keys('배터리 팩 1만4천 개를 리콜')).toEqual(keys('recalls 14,000 battery packs'));
    expect(keys('3천만 원')).toContain('n:30000000');
    expect(keys('3억 2000만 달러')).toContain('n:320000000');
  });

  it('takes Arabic and Hebrew scale words and months as the English ones', () => {
    expect(keys('تصل الغرامات إلى 10 آلاف دينار')).toContain('n:10000');
    expect(keys('2,5 מיליון שקל')).toContain('n:2500000');
    expect(keys('في 14 مايو')).toEqual(['d:05-14']);
    expect(keys('ב-4 במרץ')).toEqual(['d:03-04']);
    expect(keys('3월 4일 밝혔다')).toEqual(keys('said on March 4'));
  });

  it('leaves a Korean word that is no count alone, and an impossible date unread', () => {
    expect(withKoreanCounts('나흘 만이다')).toBe('나흘 만이다');
    expect(keys('13월 40일')).toEqual([]);
  });
});
