import { units, type UnitId } from './measure-units.ts';
import { romanceAndGermanicUnits } from './unit-names-romance-germanic.ts';
import { otherLanguagesUnits } from './unit-names-other-languages.ts';

// Round 59: the words each language writes its units with, read only in that language (issue 6). One
// table read everywhere misread other languages' words as units: Italian and Spanish "ha" (has) after
// a year as hectares, Spanish "miles de" (thousands of) as miles; and it missed the names the languages
// give the same units, inflected as each language inflects a noun ("kilómetros", "chilometri",
// "километров", "Kilometern", "mètres", "metrów"). International symbols (km, kg, km/h, м/с) are read
// in every language; a page whose language is unknown, or not in the table, is read with the symbols
// and the English words, as before round 59. A language that borrows its unit names from a neighbour
// reads the neighbour's too (Frisian the Dutch, Guarani the Spanish; Tatar, Sakha, Chuvash and
// Ossetian write the Russian names with endings of their own: unit-names-other-languages.ts).

/** Any inflection a noun takes after its stem, in the languages that inflect by endings. */
const ending = '\\p{L}*';

const ownWords = { ...romanceAndGermanicUnits, ...otherLanguagesUnits };

/** Languages that write a neighbour's unit names too (their own table adds to it). */
const borrowsFrom: Readonly<Record<string, readonly string[]>> = {
  fy: ['nl'],
  af: ['nl'],
  lb: ['de'],
  gn: ['es'],
  gl: ['es', 'pt'],
  tl: ['es'],
  ceb: ['es'],
  id: ['ms'],
  wo: ['fr'],
  mk: ['sr', 'bg'],
  cs: ['pl'],
  sk: ['pl'],
  hr: ['pl'],
  bs: ['pl'],
  sl: ['pl'],
  lv: ['lt'],
  nb: ['sv'],
  nn: ['sv'],
  no: ['sv'],
  da: ['sv'],
};

/** The languages whose words a page in `lang` is read with: English when it is unknown or not listed. */
export function languagesRead(lang: string | null): readonly string[] {
  const own = listed(ownWords, lang);
  const borrowed = listed(borrowsFrom, lang);
  if (lang === null || (own === undefined && borrowed === undefined)) return ['en'];
  return [...(own === undefined ? [] : [lang]), ...(borrowed ?? [])];
}

/**
 * A table's own entry for a language: a page's `lang="constructor"` or `"__proto__"` names no
 * language, though every object answers to those names (`in` and indexing see them).
 */
function listed<T>(table: Readonly<Record<string, T>>, lang: string | null): T | undefined {
  return lang !== null && Object.hasOwn(table, lang) ? table[lang] : undefined;
}

/** Every language the table lists: what unit a quantity read in any of them is written in. */
export const everyLanguageListed: readonly string[] = Object.keys(ownWords);

/**
 * The patterns a page read in `languages` (languagesRead) writes each unit with, in the order of
 * `units`: the symbols and the languages' words.
 */
export function unitPatterns(languages: readonly string[]): readonly (readonly [UnitId, string])[] {
  return (Object.keys(units) as UnitId[]).flatMap((id) => {
    const patterns = [
      units[id].symbols,
      ...languages.map((language) => listed(ownWords, language)?.[id]),
    ].filter((pattern): pattern is string => pattern !== undefined);
    // Languages sharing one table (the Russian borrowers) give its words once.
    return patterns.length === 0 ? [] : [[id, [...new Set(patterns)].join('|')] as const];
  });
}

/**
 * Words for degrees of temperature by language, with the scale when it is written ("Celsius",
 * "Fahrenheit"); without one, the value must be shaped like a temperature (measured-quantities.ts).
 * English "degrees" alone is as often an angle or a diploma: it needs its scale.
 */
const degreeWords: Readonly<Record<string, string>> = {
  en: 'degrees? (?:Celsius|Fahrenheit|C|F)',
  de: 'Grad(?: Celsius| Fahrenheit)?',
  nl: 'graden(?: Celsius| Fahrenheit)?',
  fr: 'degrés?(?: Celsius| Fahrenheit)?',
  es: 'grados?(?: Celsius| Fahrenheit| centígrados)?',
  it: 'gradi(?: Celsius| Fahrenheit| centigradi)?',
  pt: 'graus?(?: Celsius| Fahrenheit)?',
  ru: `градус${ending}(?: Цельсия| Фаренгейта)?`,
  uk: `градус${ending}(?: Цельсія| Фаренгейта)?`,
  bg: `градус${ending}(?: Целзий)?`,
  el: `βαθμ${ending}(?: Κελσίου| Φαρενάιτ)?`,
  pl: `stopni${ending}(?: Celsjusza| Fahrenheita)?`,
};

/** The degree words of a page read in `languages` (languagesRead). */
export function degreeWordsOf(languages: readonly string[]): string {
  return languages.flatMap((language) => listed(degreeWords, language) ?? []).join('|');
}
