// Round 57: Dhivehi (Maldives) names read by their consonants, for consonant-skeleton.ts (the classes it
// gives the other scripts: b/v, p/f, the s and sh sounds as one, the gutturals and semivowels dropped).
// Thaana is written right to left, a consonant letter with a vowel sign (fili) over or under it, or the
// sukun when no vowel follows; its letters are read as the Maldives' own Latin spelling writes them:
// ތުޅާދޫ Thulhaadhoo, ރަޝީދު Rasheed, ސަލީމް Saleem. Before round 57 no Thaana word had a reading, so a
// Dhivehi report met no name of an English one.

/**
 * The classes of the Thaana letters from U+0780 (h sh n r b lh k alif v m f dh th l g gn s d z t y p j ch),
 * then those written for Arabic loanwords (th ḥ kh dh z sh ṣ ḍ ṭ ẓ ʿ gh q w): h, alif, ʿ, y and w dropped,
 * as the Latin reader drops them.
 */
const thaanaClasses = [
  ...['', 's', 'n', 'r', 'b', 'l', 'k', '', 'b', 'm', 'p', 'd', 't', 'l', 'g', 'n', 's', 'd', 'z', 't'],
  ...['', 'p', 'g', 's', 't', '', 's', 'd', 'z', 's', 's', 'd', 't', 'z', '', 'g', 'k', ''],
];

/**
 * Dhivehi case endings glued to a noun, after two letters: genitive -ge (މާލޭގެ "of Malé"), locative -gai
 * (ތުޅާދޫގައި "in Thulhaadhoo"), dative -ah and -akah (އަށް, ކަށް), ablative -in and -un (އިން, ުން).
 * The genitive and dative add a consonant (g, sh) the Latin name lacks.
 */
const dhivehiEnding =
  /(?<=\p{Script=Thaana}\p{M}*\p{Script=Thaana}\p{M}*)(?:\u078e\u07ac|\u078e\u07a6\u0787\u07a8|\u0787\u07a6\u0781\u07b0|\u0786\u07a6\u0781\u07b0|\u0787\u07a8\u0782\u07b0|\u07aa\u0782\u07b0)$/u;

/** Whether a word is written in Thaana letters and signs only. */
export const isThaana = (word: string): boolean => /^\p{Script=Thaana}+$/u.test(word);

const fold = (classes: string): string => classes.replace(/(.)\1+/gu, '$1');

function classesOf(word: string): string {
  return Array.from(word, (c) => thaanaClasses[(c.codePointAt(0) ?? 0) - 0x780] ?? '').join('');
}

/** A Thaana word without its case ending (މާލޭގެ → މާލޭ), or the word as it is. */
export function thaanaStem(word: string): string {
  return word.normalize('NFC').replace(dhivehiEnding, '');
}

/** The consonant skeletons a Thaana word may be a name under: as written and without its case ending. */
export function thaanaSkeletons(word: string): string[] {
  const whole = word.normalize('NFC');
  return [...new Set([whole, thaanaStem(whole)].map((w) => fold(classesOf(w))))].filter((s) => s !== '');
}
