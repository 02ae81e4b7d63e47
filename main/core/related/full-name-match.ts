import { russianStem } from '../entities/normalise-name.ts';
import { phoneticWord, romanise } from './transliterate.ts';

// A run of capitalised words is keyed as a person's by its last word (article-features.ts), and a name
// read from capitals only counts with the scene: it may be anything. In Greek, Bulgarian or Russian a
// title or institution word capitalised before a name joins the run ("Πινακοθήκης Ελένη Βαρδάκη": the
// gallery's Eleni Vardaki). When the other article writes the same given name and surname, the run
// ends in that person's full name: who the story is about, not a scene.

/** A person's full name (at least two words), not a surname alone. */
export const isFullName = (name: string): boolean => /[\s\u2010-\u2015-]/u.test(name.trim());

/** The people a pair shares by their full names, each weighing (its rarity) at least `minWeight`, none read as the scene. */
export function sharedFullNames<
  E extends { name: string; weight: number; type: string; scene?: boolean; person?: boolean },
>(entities: readonly E[], minWeight: number): E[] {
  return entities.filter(
    (e) =>
      e.weight >= minWeight &&
      e.scene !== true &&
      e.type === 'person' &&
      e.person === true &&
      isFullName(e.name),
  );
}

/** A name's words, folded as entity keys fold them (romanised, phonetic), last word last. */
function foldedWords(name: string): string[] {
  return name
    .split(/[\s\u2010-\u2015-]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '')
    .map((word) => phoneticWord(romanise(russianStem(word.toLowerCase()))));
}

/**
 * Whether one name is a longer run ending in the other's two words (a given name and a surname),
 * however transliterated: two runs of two words alike are no more a person than before.
 */
export function sameFullName(a: string | null | undefined, b: string | null | undefined): boolean {
  const all = [foldedWords(a ?? ''), foldedWords(b ?? '')];
  return all.some((words) => words.length > 2) && sameLastTwoWords(all[0] ?? [], all[1] ?? []);
}

/** Whether two folded names end in the same two words (given name and surname), each of 2 letters or more. */
function sameLastTwoWords(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a.slice(-2), b.slice(-2)];
  return x.length === 2 && y.length === 2 && x.every((word, i) => word.length >= 2 && word === y[i]);
}

/** Whether a name is written in Latin letters (with or without diacritics), as against Cyrillic or Greek. */
const latinScript = (name: string): boolean => !/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(name);

/**
 * Whether two names in different scripts (Latin and Cyrillic or Greek) end in the same given name and
 * surname once transliterated ("Мариана Тодорова", "Mariana Todorova"): a run of two capitalised
 * words in one script may be anything, but one that meets another script's full name word for word,
 * given name too, is that person (full-name-match.ts asks that either article read them as a person).
 */
export function sameFullNameAcrossScripts(
  a: string | null | undefined,
  b: string | null | undefined,
): boolean {
  if (a == null || b == null || latinScript(a) === latinScript(b)) return false;
  return sameLastTwoWords(foldedWords(a), foldedWords(b));
}

/** A folded word with Ukrainian г read as Latin h (Галич = Halych): Russian romanisation gives g. */
const withoutVoicedH = (word: string): string => word.replaceAll('h', 'g');

/**
 * Whether two names in different scripts are the same words once transliterated, word for word
 * («Галич Реставрація», "Halych Restavratsiia"): a company's name is transliterated, not translated.
 */
export function sameNameAcrossScripts(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null || latinScript(a) === latinScript(b)) return false;
  const [x, y] = [foldedWords(a), foldedWords(b)].map((words) => words.map(withoutVoicedH));
  return (
    x !== undefined &&
    y !== undefined &&
    x.length > 0 &&
    x.length === y.length &&
    x.every((word, i) => word.length >= 3 && word === y[i])
  );
}
