import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { withoutGluedPrefixes } from '../../../../main/core/related/bantu-prefix.ts';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';

// Round 51: held-out-46's isiZulu first report writes its park "ePaki iHluhluwe-iMfolozi" and its people
// "uSibusiso Mthembu": a lower-case noun-class or locative prefix glued before the name's capital. No word
// was capitalised, so no name was read, and its terms (ihluhluwe) met no English report's (hluhluwe).

describe('a lower-case prefix glued to a name', () => {
  it('is cut off in an isiZulu text, at the start of each word and hyphenated piece', () => {
    expect(withoutGluedPrefixes('ePaki iHluhluwe-iMfolozi, laseCengeni', 'zu')).toBe(
      'Paki Hluhluwe-Mfolozi, Cengeni',
    );
  });

  it('leaves words that start with a capital or have no inner capital as they are', () => {
    const text = 'McDonald wrote JavaScript in the iOS app near Hluhluwe.';
    expect(withoutGluedPrefixes(text, 'zu')).toBe(text);
  });

  it('is cut off in another language only after a hyphen: iPhone and eBay stay whole', () => {
    expect(withoutGluedPrefixes('The iPhone sold on eBay near Hluhluwe-iMfolozi.', 'en')).toBe(
      'The iPhone sold on eBay near Hluhluwe-Mfolozi.',
    );
    expect(withoutGluedPrefixes('deGrasse used getElementById', null)).toBe('deGrasse used getElementById');
  });

  it('keeps iPhone a term of its own in an English text, not the common word phone', () => {
    const terms = [...articleTerms('The new iPhone and an old phone.', 'en').keys()];
    expect(terms.filter((term) => term.includes('phon'))).toHaveLength(2);
  });

  it('reads no false name from English words with a lower-case head', () => {
    const text =
      'Last week the price of the new iPhone rose again. Sellers on eBay said the iPad and iTunes were next.';
    const names = capitalisedNames(text, new Set(), 'en');
    expect(names).not.toContain('Phone');
    expect(names).not.toContain('Tunes');
  });

  it('lets an isiZulu report and an English one share the terms of a name', () => {
    const zulu = [...articleTerms('Kubulawe obhejane ePaki iHluhluwe-iMfolozi ngempelasonto.', 'zu').keys()];
    const english = [...articleTerms('Rangers dehorned rhinos in Hluhluwe-iMfolozi Park.', 'en').keys()];
    const shared = zulu.filter((term) => english.includes(term));
    expect(shared).toHaveLength(2);
  });

  it('lets an isiZulu person be read as a name', () => {
    const text = 'Kusho omunye wonogada, uSibusiso Mthembu. Uthe obhejane ababili bebeyizinsikazi kanti.';
    expect(capitalisedNames(text, new Set(), 'zu')).toContain('Sibusiso Mthembu');
  });

  it('does not make an isiZulu weekday or month a name', () => {
    const text = 'Sizwe imisindo ngoMgqibelo ebusuku, kwaqala uJanuwari, kusho uSibusiso Mthembu.';
    const names = capitalisedNames(text, new Set(), 'zu');
    expect(names).not.toContain('Mgqibelo');
    expect(names).not.toContain('Januwari');
  });
});
