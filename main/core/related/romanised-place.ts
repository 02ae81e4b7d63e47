import { lookUpPlace } from '../entities/gazetteer.ts';
import { lookUpMultilingual } from './multilingual-gazetteer.ts';
import { romanise } from './transliterate.ts';

// The gazetteer knows most towns by their Latin names only (Plovdiv, Varna, Thessaloniki): a Bulgarian,
// Russian or Greek text writing "Пловдив" or "Θεσσαλονίκη" keyed it as a name of its own, which never
// met the "Plovdiv" of an English report on the same event (rounds 33 and 34). A word in another
// script is read as the gazetteer place its romanised spelling names; no fold or cut is applied, so
// only an exact spelling meets it.

/** The canonical name of the gazetteer place a word in another script spells, romanised, or undefined. */
export function romanisedPlace(word: string): string | undefined {
  const roman = romanise(word);
  return /^[a-z]{4,}$/u.test(roman) ? lookUpPlace(roman) : undefined;
}

const cyrillicWord = /^\p{Script=Cyrillic}+$/u;

/** The canonical name of the gazetteer place a one-word Cyrillic name spells ("Пловдив" → "Plovdiv"), or undefined. */
export function cyrillicPlace(name: string): string | undefined {
  const word = name.trim();
  return cyrillicWord.test(word) ? romanisedPlace(word) : undefined;
}

const cyrillicOrGreek = /^[\p{Script=Cyrillic}\p{Script=Greek}]+$/u;

/**
 * The canonical name of the gazetteer place a one-word name names (a country, city or region): through
 * the multilingual list, as written, or, in Cyrillic or Greek, romanised; undefined for any other name.
 * The Slavic and Greek case readers ask it of each stem they try.
 */
export function knownPlace(word: string): string | undefined {
  return (
    lookUpPlace(lookUpMultilingual(word) ?? word) ??
    (cyrillicOrGreek.test(word) ? romanisedPlace(word) : undefined)
  );
}
