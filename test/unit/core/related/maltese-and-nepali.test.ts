import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { isCalendarName } from '../../../../main/core/related/calendar-names.ts';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';
import { caselessSkeletons, latinSkeleton } from '../../../../main/core/related/consonant-skeleton.ts';

// Round 48: held-out-43's Maltese report named its village only as "taż-Żebbuġ" (the article glued to
// the name), so it met its English partners on nothing and the Maltese trap on "knisja, qal, minn" and
// "Ġunju" (June); its Nepali report met the Nepali singleton on "छन्, जिल्ला, करिब".

const words = (text: string): string[] => [...articleTerms(text).values()].map((t) => t.word);

describe('a name with a glued article', () => {
  it('is read without the article (Maltese)', () => {
    const text =
      'Il-qassis tal-parroċċa sab it-tila mxarrba fil-knisja taż-Żebbuġ wara l-maltempata ta matul il-lejl, u l-esperti se jiġu mill-belt ukoll biex jaraw il-ħsara kollha li saret fiha.';

    expect(capitalisedNames(text)).toEqual(['Żebbuġ']);
  });

  it('is read without the article (romanised Arabic) and keeps a hyphenated common word out', () => {
    const text =
      'Supporters of the al-Assad family and some well-known critics met in a small hall near the old market of the city on a cold evening last spring.';

    expect(capitalisedNames(text)).toEqual(['Assad']);
  });
});

describe('month and weekday names written with a capital', () => {
  it('are no names in Maltese or Hausa', () => {
    const maltese =
      'Il-kappillan qal li l-festa ta Ġunju ssir xorta waħda nhar it-Tlieta, imma l-kappellun se jibqa magħluq għall-pubbliku sa ma jitlesta x-xogħol fuq il-bejt tal-knisja taż-Żebbuġ.';
    const hausa =
      'Jami’an hukumar sun bayyana a ranar Laraba cewa an gano wani ɓangare na katangar unguwar Kurmawa da ya rushe bayan ruwan sama mai ƙarfi da aka yi a makon da ya gabata a cikin birnin.';

    expect(capitalisedNames(maltese)).toEqual(['Żebbuġ']);
    expect(capitalisedNames(hausa)).toEqual(['Kurmawa']);
  });

  it('are known with or without their marks, and a given name of the same spelling is left', () => {
    expect(isCalendarName('ġunju')).toBe(true);
    expect(isCalendarName('gunju')).toBe(true);
    expect(isCalendarName('kasım')).toBe(false);
  });
});

describe('Maltese and Nepali function words', () => {
  it('are never terms in Maltese, while the words of the story are', () => {
    const found = words(
      'Il-kappillan qal li l-ilma daħal minn xquq fil-bejt tal-knisja u niżel mal-ħajt sa fuq il-pittura',
    );
    for (const word of ['kappillan', 'xquq', 'bejt', 'knisja', 'pittura']) expect(found).toContain(word);
    for (const word of ['qal', 'minn', 'fil', 'tal', 'fuq']) expect(found).not.toContain(word);
  });

  it('are never terms in Nepali, while the words of the story are', () => {
    const found = words(
      'म्याग्दी जिल्लामा पहिरोले करिब दुई सय घर जोखिममा छन् भने जिल्ला प्रशासनले बस्ती खाली गर्न आग्रह गरेको छ',
    );
    for (const word of ['पहिरोले', 'बस्ती', 'प्रशासनले']) expect(found).toContain(word);
    for (const word of ['करिब', 'छन्', 'जिल्ला', 'भने', 'गरेको']) expect(found).not.toContain(word);
  });
});

describe('a Nepali name with a glued postposition', () => {
  it('is met by its Latin spelling, with or without the postposition', () => {
    const latin = latinSkeleton('Myagdi');

    expect(caselessSkeletons('म्याग्दीमा')).toContain(latin);
    expect(caselessSkeletons('म्याग्दीको')).toContain(latin);
    expect(caselessSkeletons('म्याग्दी')).toEqual([latin]);
  });
});
