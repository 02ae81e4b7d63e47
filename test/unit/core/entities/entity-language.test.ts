import { describe, expect, it } from 'vitest';
import { entityLanguage } from '../../../../main/core/entities/entity-language.ts';

describe("the suggester's rules for a declared language", () => {
  it('reads a tag by its base language, written with a hyphen or an underscore, in any case', () => {
    expect(['en-GB', 'en_GB', 'EN', 'ru-RU', 'de_AT', 'fr'].map((lang) => entityLanguage('', lang))).toEqual([
      'en',
      'en',
      'en',
      'ru',
      'de',
      'fr',
    ]);
  });

  it('gives a language whose code only starts like one of them the generic rules', () => {
    // North Frisian, Rusyn and Middle English are not French, Russian and English.
    expect(['frr', 'rue', 'enm', 'dsb'].map((lang) => entityLanguage('', lang))).toEqual([
      'xx',
      'xx',
      'xx',
      'xx',
    ]);
  });
});
