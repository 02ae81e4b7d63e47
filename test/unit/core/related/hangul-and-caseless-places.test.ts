import { describe, expect, it } from 'vitest';
import { termKey } from '../../../../main/core/related/article-terms.ts';
import { caselessScriptPlaces } from '../../../../main/core/related/caseless-script-places.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { romaniseHangulWord } from '../../../../main/core/related/hangul-romanisation.ts';
import { romanisedPlace } from '../../../../main/core/related/romanised-place.ts';

// Round 39 (issue 6): held-out-33's Korean follow-up names 부산 (Busan) and 해운대구 (Haeundae district),
// its Hebrew first report ים המלח (the Dead Sea), its Arabic follow-up a Tunisian ministry; the engine
// read no place in these scripts: Hangul was never romanised and, with no capitals, no word was tried.

describe('a Korean word', () => {
  it('is romanised by the Revised Romanization, syllable block by syllable block', () => {
    expect(romaniseHangulWord('부산')).toBe('busan');
    expect(romaniseHangulWord('해운대')).toBe('haeundae');
    expect(romaniseHangulWord('인천')).toBe('incheon');
    expect(romaniseHangulWord('한글을')).toBe('hangeureul');
  });

  it('names the gazetteer city its romanisation spells, and meets the English word without its particle and suffix', () => {
    expect(romanisedPlace('부산')).toBe('Busan');
    expect(romanisedPlace('서울')).toBe('Seoul');
    expect(termKey('해운대구의')).toBe(termKey('haeundae'));
    expect(termKey('부산')).not.toBe(termKey('seoul'));
  });
});

describe('places in scripts without capitals', () => {
  it('are read with the prefixes and particles glued to them, as the English gazetteer name', () => {
    const places = caselessScriptPlaces(
      'בירושלים ובתל אביב, ים המלח. بالقاهرة وبيروت والشرق الأوسط، وزارة الفلاحة التونسية. 서울에서 부산시 한국의',
    );
    expect(Object.fromEntries(places)).toEqual({
      בירושלים: 'Jerusalem',
      'ובתל אביב': 'Tel Aviv',
      'ים המלח': 'Dead Sea',
      بالقاهرة: 'Cairo',
      وبيروت: 'Beirut',
      'والشرق الأوسط': 'Middle East',
      التونسية: 'Tunisia',
      서울에서: 'Seoul',
      부산시: 'Busan',
      한국의: 'South Korea',
    });
    expect(entityKey(places.get('부산시') ?? '', 'place')).toBe(entityKey('Busan', 'place'));
  });

  it('are not read into common words that happen to share a letter or two', () => {
    expect(
      caselessScriptPlaces('הקרקע שקעה בתוך דקות ספורות. قررت وزارة منع نقل. 회사 측은 설명했다'),
    ).toEqual(new Map());
  });
});
