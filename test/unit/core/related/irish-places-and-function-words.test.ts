import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { irishPlaces, irishRadical, isIrishText } from '../../../../main/core/related/irish-place-names.ts';

// Round 45: held-out-40's Irish first report read as nothing against its English follow-up on the same
// village: Irish names Leitir Móir (Lettermore) and Gaillimh (Galway) in Irish, and changes their first
// letters after a preposition or article ("i nGaillimh", "ón gCeathrú Rua"). Its Irish trap met it on
// "dúirt", "dhá" and "trí" as on the story's words.

const irishReport =
  'Dúirt an t-oifigeach go raibh dhá inneall dóiteáin ón gCeathrú Rua i Leitir Móir aréir, agus bhí ' +
  'Seirbhís Dóiteáin Chomhairle Chontae na Gaillimhe ann. Tá siad i nGaillimh freisin.';

describe('an Irish word', () => {
  it('is read without its initial mutation', () => {
    expect(irishRadical('nGaillimh')).toBe('Gaillimh');
    expect(irishRadical('gCeathrú')).toBe('Ceathrú');
    expect(irishRadical('Chomhairle')).toBe('Comhairle');
    expect(irishRadical('hÉireann')).toBe('Éireann');
    expect(irishRadical('tSionainn')).toBe('Sionainn');
    expect(irishRadical('bhFeirste')).toBe('Feirste');
  });
});

describe('Irish places in an Irish text', () => {
  it('are read as their English names, mutated and in the genitive', () => {
    expect(Object.fromEntries(irishPlaces(irishReport))).toEqual({
      'gCeathrú Rua': 'Carraroe',
      'Leitir Móir': 'Lettermore',
      Gaillimhe: 'Galway',
      nGaillimh: 'Galway',
    });
  });

  it('are not looked for in a text in another language', () => {
    const english =
      'Thatchers in Lettermore, near Galway, said the Leitir Móir cottage was built around 1820.';
    expect(isIrishText(english)).toBe(false);
    expect(irishPlaces(english).size).toBe(0);
  });
});

describe('Irish function words', () => {
  it('are never terms, while the words of the story are', () => {
    const found = [...articleTerms(irishReport).values()].map((t) => t.word);
    for (const word of ['inneall', 'doiteain', 'seirbhis']) expect(found).toContain(word);
    for (const word of ['duirt', 'dha', 'raibh', 'agus', 'bhi', 'areir', 'freisin', 'siad'])
      expect(found).not.toContain(word);
  });
});
