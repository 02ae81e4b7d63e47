import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';

// Round 47: held-out-42's Luxembourgish and Hausa reports met the trap in their own language on
// function words of five letters ("engem", "iwwer"; "cikin"), one letter longer than round 42's rule
// read. Words of five letters repeated in lower case are function words unless the headline writes them.

const words = (text: string): string[] => [...articleTerms(text).values()].map((t) => t.word);

const hausa =
  'Wani sashe na ganuwar ya rushe\n' +
  'Wani sashe na ganuwar ya rushe bayan ruwan sama. Ruwa ya shiga cikin ganuwar, kuma ya zube har ' +
  'cikin hanya. Masana za su duba sassan da ke cikin haɗari, in ji Hajiya Binta Musa. Sashe da ya ' +
  'rushe yana daga cikin manyan wuraren tarihi, kuma an rufe sashe da igiya, kuma an hana su.';

const luxembourgish =
  'Biberdamm setzt Vëlospist ënner Waasser\n' +
  "Schold ass e Biberdamm an engem klenge Bach. D'Waasser staut sech zu engem Weier, deen eng Wiss " +
  'vun engem Bësch iwwerschwemmt. Trëppeler mussen iwwer e Feldwee, well de Bauer iwwer de Buedem klot.';

describe('function words of five letters in a language without a list', () => {
  it('are the five-letter words its text repeats in lower case, and never terms', () => {
    expect(words(hausa)).not.toContain('cikin');
    expect(words(luxembourgish)).not.toContain('engem');
  });

  it('leave a word of five letters that the headline writes, as a story writes its own words', () => {
    // "sashe" (a stretch) and "rushe" (collapsed) are repeated as often as "cikin", and head the report.
    const found = words(hausa);
    for (const word of ['sashe', 'rushe', 'ganuwar']) expect(found).toContain(word);
  });

  it('leave every word of five letters in a text without a headline line', () => {
    expect(words(hausa.replace('\n', ' '))).toContain('cikin');
  });

  it('still read four letters as round 42 did, headline or not', () => {
    expect(words(hausa)).not.toContain('kuma');
  });
});
