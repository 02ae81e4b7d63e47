import { lookUpPlace } from '../entities/gazetteer.ts';
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
