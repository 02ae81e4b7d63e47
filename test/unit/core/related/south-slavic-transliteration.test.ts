import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { phoneticWord, romanise } from '../../../../main/core/related/transliterate.ts';

const key = (name: string): string =>
  name
    .split(' ')
    .map((word) => phoneticWord(romanise(word)))
    .join(' ');

describe('Serbian and Macedonian Cyrillic names', () => {
  it.each([
    ['Весна Обрадовић', 'Vesna Obradović'],
    ['Вучић', 'Vučić'],
    ['Шешељ', 'Šešelj'],
    ['Његош', 'Njegoš'],
    ['Цветковић', 'Cvetković'],
    ['Џајић', 'Džajić'],
    ['Јелена', 'Jelena'],
  ])('meet their Serbian Latin spelling: %s and %s', (cyrillic, latin) => {
    expect(key(cyrillic)).toBe(key(latin));
  });

  it('meet the English spelling without diacritics: Обрадовић and Obradovic', () => {
    expect(key('Обрадовић')).toBe(key('Obradovic'));
  });

  it.each([['Đoković'], ['Djokovic'], ['Dokovic']])('ђ meets đ, dj and d: Ђоковић and %s', (latin) => {
    expect(key('Ђоковић')).toBe(key(latin));
  });

  it.each([
    ['Ѓорѓе', 'Gjorge'],
    ['Ѓорѓе', 'Ǵorǵe'],
    ['Ќосев', 'Kjosev'],
    ['Ѕвонко', 'Dzvonko'],
  ])('Macedonian letters meet their Latin spelling: %s and %s', (cyrillic, latin) => {
    expect(key(cyrillic)).toBe(key(latin));
  });

  it('give a person the same key across scripts, so the same person is matched', () => {
    expect(entityKey('Весна Обрадовић', 'person')).toBe(entityKey('Vesna Obradović', 'person'));
  });

  it('leave Russian names romanised the English way: ч, ш, ц stay ch, sh, ts without a Serbian letter', () => {
    expect(romanise('Чернышов')).toBe('chernyshov');
    expect(romanise('Цой')).toBe('tsoi');
    expect(key('Токаев')).toBe(key('Tokayev'));
  });
});
