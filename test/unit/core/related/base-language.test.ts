import { describe, expect, it } from 'vitest';
import { baseLanguage } from '../../../../main/shared/base-language.ts';
import { gluesPrefixes } from '../../../../main/core/related/bantu-prefix.ts';

describe("an article's base language", () => {
  it('drops the region written with a hyphen or an underscore, in any case', () => {
    expect(['pt-BR', 'pt_BR', 'PT', ' pt ', 'pt'].map(baseLanguage)).toEqual(['pt', 'pt', 'pt', 'pt', 'pt']);
    expect(baseLanguage('es_419')).toBe('es');
  });

  it('is unknown when no language is given', () => {
    expect([null, undefined, '', '  '].map(baseLanguage)).toEqual([null, null, null, null]);
  });

  it('lets a page tagged zu_ZA glue its prefixes as one tagged zu-ZA does', () => {
    expect(gluesPrefixes('zu_ZA')).toBe(true);
    expect(gluesPrefixes('en_ZA')).toBe(false);
  });
});
