import { describe, expect, it } from 'vitest';
import {
  caselessSkeletons,
  latinSkeleton,
  namesInCaselessWords,
} from '../../../../main/core/related/consonant-skeleton.ts';
import { uyghurStem } from '../../../../main/core/related/uyghur-script.ts';

// Round 55: Uyghur glues its case endings to a name (تەكلىماكاندا "in the Taklamakan"), so the consonant
// reader read the ending as the name's last consonants and a Uyghur report met no English name.

describe('Uyghur names with a case ending', () => {
  it('reads "in the Taklamakan" as the Taklamakan an English report names', () => {
    expect(caselessSkeletons('تەكلىماكاندا')).toContain(latinSkeleton('Taklamakan'));

    const met = namesInCaselessWords(
      [{ key: 'e:n:taklamakan', label: 'Taklamakan' }],
      [{ key: 't:تەكلىماكاندا', label: 'تەكلىماكاندا' }],
    );

    expect(met.map((f) => f.label)).toEqual(['Taklamakan']);
  });

  it('cuts a genitive after a plural, and a locative adjective', () => {
    expect(uyghurStem('بارخانلارنىڭ')).toBe('بارخان');
    expect(uyghurStem('تەرىپىدىكى')).toBe('تەرىپى');
  });

  it('reads Uyghur ng as a consonant (تازوڭ Tazong), and drops its w as the Latin reader drops w', () => {
    expect(caselessSkeletons('تازوڭ')).toEqual(['tzng']);
    expect(caselessSkeletons('داۋۇت')).toEqual([latinSkeleton('Dawut')]);
    expect(caselessSkeletons('شەۋكەت')).toEqual([latinSkeleton('Shewket')]);
  });

  it('keeps a word whose ending would leave fewer than three letters', () => {
    expect(uyghurStem('سۇدا')).toBe('سۇدا');
    expect(uyghurStem('قۇمدا')).toBe('قۇم');
  });

  it('does not cut the ending of an Arabic or Persian word, which writes no Uyghur letter', () => {
    // كندا Canada: its last letters are no case ending.
    expect(caselessSkeletons('كندا')).toEqual(['knd']);
  });
});
