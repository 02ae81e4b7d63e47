import { lookUpPlace } from '../entities/gazetteer.ts';
import { romanise } from './transliterate.ts';

// Round 34: the gazetteer knows most towns by their Latin names only (Plovdiv, Varna, Burgas): a
// Bulgarian or Russian text writing "Пловдив" keyed it as a name of its own, which never met the
// "Plovdiv" of an English report on the same event. A one-word Cyrillic name is read as the gazetteer
// place its romanised spelling names; no fold or cut is applied, so only an exact spelling meets it.

const cyrillicWord = /^\p{Script=Cyrillic}+$/u;

/** The canonical name of the gazetteer place a one-word Cyrillic name spells ("Пловдив" → "Plovdiv"), or undefined. */
export function cyrillicPlace(name: string): string | undefined {
  const word = name.trim();
  if (!cyrillicWord.test(word)) return undefined;
  const roman = romanise(word);
  return /^[a-z]{4,}$/u.test(roman) ? lookUpPlace(roman) : undefined;
}
