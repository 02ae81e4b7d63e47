import { letterShare } from './letter-share.ts';

// Greek and the Slavic and Romanian languages written in Latin letters inflect nouns and
// adjectives by their endings (μελισσοκόμοι / μελισσοκόμων / μελισσοκόμους, školy / školách), so
// the same word in two articles of one story would read as two terms. These strippers cut the
// common case and number endings before a word is romanised; the phonetic fold then drops any
// final vowel, so a stem meets the uninflected form other languages write (salmonelou, salmonella).

// Folded Greek (no accents; final sigma folded to σ), longest first.
const greekEndings = [
  'ιουσ',
  'ιων',
  'ιεσ',
  'ιασ',
  'ιου',
  'εων',
  'ουσ',
  'ουν',
  'εισ',
  'ων',
  'οι',
  'οσ',
  'ου',
  'ον',
  'εσ',
  'ασ',
  'ησ',
  'ει',
  'α',
  'η',
  'ο',
  'ε',
  'ι',
  'υ',
];

// Folded Latin (diacritics removed): Czech, Slovak, Polish, Serbian/Croatian/Bosnian, Slovene, Romanian.
// Not -ow/-ov: places are named so (Kraków, Prostějov) and English writes them unchanged (Krakow).
const latinEndings = [
  'ilor',
  'elor',
  'ului',
  'ach',
  'ami',
  'ych',
  'ich',
  'ego',
  'emu',
  'imi',
  'ymi',
  'owi',
  'iem',
  'om',
  'em',
  'ou',
  'ym',
  'im',
  'ej',
  'ul',
  'ii',
];

// A stem keeps at least four letters: shorter words are too often different words once cut.
const minimumStem = 4;

function stripEnding(word: string, endings: readonly string[]): string {
  for (const ending of endings)
    if (word.endsWith(ending) && word.length - ending.length >= minimumStem)
      return word.slice(0, -ending.length);
  return word;
}

/** A folded Greek word without its case/number ending (μελισσοκομουσ → μελισσοκομ); other words unchanged. */
export function greekStem(word: string): string {
  return /^[\p{Script=Greek}]+$/u.test(word) ? stripEnding(word, greekEndings) : word;
}

/** A folded Latin-script word of an inflecting language without its case ending (skolach → skol). */
export function inflectedLatinStem(word: string): string {
  return /^[a-z]+$/u.test(word) ? stripEnding(word, latinEndings) : word;
}

// Letters only the Slavic and Romanian Latin alphabets use; English and German names of a story
// ("Niš", "Dvořák") carry a few, a text written in one of these languages carries many.
const inflectedLatinLetters = /[čćřěůšžťďňłąęśźżńđșşțţăý]/giu;
/** The share of such letters above which a text is read as written in an inflecting Latin-script language. */
const inflectedShare = 0.015;

/** Whether a (raw, unfolded) text reads as Czech, Polish, Serbian Latin, Romanian and the like. */
export function isInflectedLatinText(text: string): boolean {
  return letterShare(text, inflectedLatinLetters) >= inflectedShare;
}
