import { describe, expect, it } from 'vitest';
import { caselessSkeletons, latinSkeleton } from '../../../../main/core/related/consonant-skeleton.ts';

// Round 53: letters the Devanagari-shaped table had no row for were read as nothing.

describe('Indic letters without a Devanagari twin at their place', () => {
  it('reads the Malayalam r of എറണാകുളം, so it is Ernakulam', () => {
    expect(caselessSkeletons('എറണാകുളം')).toContain(latinSkeleton('Ernakulam'));
  });

  it("reads Bengali's khanda ta as t, so উৎপল is Utpal", () => {
    expect(caselessSkeletons('উৎপল')).toContain(latinSkeleton('Utpal'));
  });

  it("reads Gurmukhi's flapped r, so ਫ਼ਤਹਿਗੜ੍ਹ is Fatehgarh", () => {
    expect(caselessSkeletons('ਫ਼ਤਹਿਗੜ੍ਹ')).toContain(latinSkeleton('Fatehgarh'));
  });

  it('reads the Malayalam r after a virama following n or r as t, so ഒറ്റപ്പാലം is Ottapalam and സെന്റ് sent', () => {
    expect(caselessSkeletons('ഒറ്റപ്പാലം')).toEqual([latinSkeleton('Ottapalam')]);
    expect(caselessSkeletons('സെന്റ്')).toEqual([latinSkeleton('sent')]);
    expect(caselessSkeletons('എറണാകുളം')).toEqual([latinSkeleton('Ernakulam')]);
  });

  it('reads dda with a nukta as the flapped r, decomposed or as one letter, so चित्तौड़गढ़ is Chittorgarh', () => {
    expect(caselessSkeletons('चित्तौड़गढ़'.normalize('NFC'))).toContain(latinSkeleton('Chittorgarh'));
    expect(caselessSkeletons('\u091a\u093f\u0924\u094d\u0924\u094c\u095c\u0917\u095d')).toContain(
      latinSkeleton('Chittorgarh'),
    );
    expect(caselessSkeletons('চিত্তৌড়গড়')).toContain(latinSkeleton('Chittorgarh'));
  });

  it('reads Assamese ৰ as r and ৱ as the v class, so মালৱৰ is Malvar', () => {
    expect(caselessSkeletons('মালৱৰ')).toContain(latinSkeleton('Malvar'));
  });

  it('still reads a Malayalam word without the letter as before (കേരളം is Keralam)', () => {
    expect(caselessSkeletons('കേരളം')).toEqual([latinSkeleton('Keralam')]);
  });
});
