import { describe, expect, it } from 'vitest';
import { cyrillicPlace } from '../../../../main/core/related/romanised-place.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { placeInCase } from '../../../../main/core/related/slavic-place-case.ts';
import { phoneticWord, romanise } from '../../../../main/core/related/transliterate.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 11, round 34 (issue 6): a Bulgarian first report and its English follow-up named the same
// deputy mayor, the same IT director and the same city, and shared nothing the engine read. Bulgarian
// writes ъ as a vowel (Гърков is Garkov), writes е after a vowel as e (Пеева is Peeva, where Russian
// English writes Tokayev), and the gazetteer knows Plovdiv only in Latin letters.

const key = (word: string): string => phoneticWord(romanise(word));

describe('Bulgarian ъ', () => {
  it('is the vowel a in a Bulgarian name', () => {
    expect(romanise('Гърков')).toBe('garkov');
    expect(entityKey('Стефан Гърков', 'person')).toBe(entityKey('Stefan Garkov', 'person'));
  });

  it('is still a silent sign before е, ё, ю, я, as in Russian', () => {
    expect(romanise('Подъездов')).toBe('podyezdov');
  });
});

describe('e after a vowel', () => {
  it.each([
    ['Пеева', 'Peeva'],
    ['Токаев', 'Tokayev'],
    ['Токаев', 'Tokaev'],
    ['Андреев', 'Andreev'],
    ['Andreyev', 'Andreev'],
  ])('meets its spellings with and without y: %s and %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it('does not merge names that differ in more than that y', () => {
    expect(key('Пеева')).not.toBe(key('Peneva'));
  });
});

describe('a place written in Cyrillic', () => {
  it('is the gazetteer place its romanised spelling names', () => {
    expect(cyrillicPlace('Пловдив')).toBe('Plovdiv');
    expect(entityKey('Пловдив', 'capitalised')).toBe(entityKey('Plovdiv', 'place'));
  });

  it('is found in a case too', () => {
    expect(placeInCase('Пловдиве')).toBe('Пловдив');
  });

  it('leaves names, Latin words and unknown places alone', () => {
    expect(cyrillicPlace('Гърков')).toBeUndefined();
    expect(cyrillicPlace('Plovdiv')).toBeUndefined();
    expect(cyrillicPlace('Община Пловдив')).toBeUndefined();
  });
});

const bulgarian = {
  text:
    'Хакерска атака спря в понеделник сутринта компютърните системи на общината в Пловдив. ' +
    'Според заместник-кмета Стефан Гърков файловете на сървърите са криптирани. ' +
    'Директорът на дирекцията Мариана Пеева уточни, че засегнати са около 400 компютъра. ' +
    'Експерти на министерството пристигнаха в Пловдив още в обедните часове.',
  date: '2026-02-09',
  lang: 'bg',
} as const;
const english = {
  text:
    'One and a half million euros in bitcoin is the ransom the group behind the attack on Plovdiv city hall demands. ' +
    'Deputy mayor Stefan Garkov repeated on Thursday that Plovdiv would not pay the criminals. ' +
    'Mariana Peeva, who heads the IT department, said about 400 computers are being wiped and reinstalled. ' +
    'Prosecutors have opened a case for computer crime and extortion.',
  entities: [
    ['Stefan Garkov', 'person'],
    ['Mariana Peeva', 'person'],
    ['Plovdiv', 'place'],
  ],
  date: '2026-02-12',
  lang: 'en',
} as const;

describe('a Bulgarian report and its English follow-up naming the same people and city', () => {
  it('share them and are confidently related both ways (the figure backs the pair)', async () => {
    const { db, related } = await relatedTestDb();
    const [bg, en] = addArticles(db, related, [bulgarian, english, ...fillerTopics]);

    const fromBulgarian = await suggestionsFor(related, bg);
    const fromEnglish = await suggestionsFor(related, en);

    expect(fromBulgarian[0]?.article.id).toBe(en);
    expect(fromBulgarian[0]?.reasons[0]).toMatchObject({ kind: 'shared-entities' });
    expect(fromBulgarian[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(fromEnglish[0]?.article.id).toBe(bg);
    expect(fromEnglish[0]?.score).toBeGreaterThanOrEqual(0.5);
  });
});
