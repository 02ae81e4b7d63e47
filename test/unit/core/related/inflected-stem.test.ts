import { describe, expect, it } from 'vitest';
import { articleTerms, termKey } from '../../../../main/core/related/article-terms.ts';
import { isInflectedLatinText } from '../../../../main/core/related/inflected-stem.ts';
import { foldText } from '../../../../main/core/search/fold-text.ts';

// Round 23 of related-story scoring (issue 6): Greek and the Slavic languages inflect, so a first report
// and its analysis in one of them wrote the same word in different cases and shared almost no term.
// Case endings are cut where terms are taken, so the forms of one word meet and unrelated words do not.

const keyOf = (word: string, inflected = false): string => termKey(foldText(word), inflected);
const keysOf = (text: string): string[] => [...articleTerms(text).keys()];

describe('Greek terms', () => {
  it('meet across the cases and numbers of one noun', () => {
    const forms = ['μελισσοκόμοι', 'μελισσοκόμων', 'μελισσοκόμους', 'μελισσοκόμος'];

    expect(new Set(forms.map((word) => keyOf(word))).size).toBe(1);
    expect(new Set(['ψεκασμός', 'ψεκασμούς', 'ψεκασμών'].map((word) => keyOf(word))).size).toBe(1);
  });

  it('count the inflected forms of a text as one term', () => {
    const terms = articleTerms('Οι μελισσοκόμοι διαμαρτύρονται. Η ένωση μελισσοκόμων και των μελισσοκόμους.');

    expect(terms.get(keyOf('μελισσοκόμοι'))?.count).toBe(3);
  });

  it('keep apart words that only begin alike, and short words whole', () => {
    expect(keyOf('κόμμα')).not.toBe(keyOf('κομμάτι'));
    expect(keyOf('κυψέλες')).not.toBe(keyOf('κύμα'));
  });
});

const czech =
  'Otrava salmonelou v brněnských školách. Školy se spoléhají na jídlo z centrálních kuchyní, ' +
  'které vozí řidiči; hygienici kontrolují přepravu jen zřídka a ředitelé škol čekají na přestavbu.';

describe('Slavic and Romanian terms in Latin letters', () => {
  it('read a text written in such a language by its letters, not an English one naming a place', () => {
    expect(isInflectedLatinText(czech)).toBe(true);
    expect(
      isInflectedLatinText('Salmonella sickens 212 pupils in Brno; the caterer in Královo Pole said.'),
    ).toBe(false);
  });

  it('meet across the cases of one noun in such a text', () => {
    const keys = keysOf(czech);

    expect(keyOf('školách', true)).toBe(keyOf('školy', true));
    expect(keys).toContain(keyOf('školy', true));
    expect(keys).not.toContain(keyOf('školách'));
  });

  it('meet the uninflected word another language writes', () => {
    expect(keyOf('salmonelami', true)).toBe(keyOf('salmonella'));
  });

  it('leave English texts and place names ending in -ów as they were', () => {
    // "system" ends as a Czech instrumental does: cut only in a text written in such a language.
    expect(keyOf('system', true)).not.toBe(keyOf('system'));
    expect(keysOf('The billing system failed twice')).toContain(keyOf('system'));
    expect(keyOf('Kraków', true)).toBe(keyOf('Krakow'));
  });
});
