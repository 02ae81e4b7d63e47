import { knownPlace } from './romanised-place.ts';
import { letterShare } from './letter-share.ts';

// Round 33: Greek puts place names in their cases as the Slavic languages do (slavic-place-case.ts):
// "στο λιμάνι της Θεσσαλονίκης" (Θεσσαλονίκη, Thessaloniki), "του Πειραιά" (Πειραιάς, Piraeus),
// "των Αθηνών" (Αθήνα, Athens). The gazetteer knows places by their English names, so a Greek place was
// keyed as a name of its own and never met the "Thessaloniki" an English report names. Here a one-word
// Greek name is tried as written and without its case ending, with the nominative endings restored, the
// accents dropped (they move between cases: Αθήνα, Αθηνών); it is read as a place only when the
// multilingual gazetteer or, romanised, the gazetteer knows the result, so no two towns merge by a cut.

/** Greek case endings (accents dropped), each with the nominative endings its stem may take back. */
const caseEndings: readonly (readonly [string, readonly string[]])[] = [
  ['ων', ['α', 'ες', 'αι']],
  ['ης', ['η']],
  ['ας', ['α']],
  ['ου', ['ος', 'ο', 'ι']],
  ['α', ['ας']],
  ['η', ['ης']],
  ['ο', ['ος']],
];

/** A stem keeps at least this many letters. */
const minimumStem = 3;

const withoutAccents = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** The gazetteer place a one-word Greek name names, in any case ("Θεσσαλονίκης" → "Thessaloniki"), or undefined. */
export function greekPlaceInCase(name: string): string | undefined {
  const word = withoutAccents(name.trim());
  if (!/^\p{Script=Greek}\p{Ll}+$/u.test(word) || !/^\p{Lu}/u.test(word)) return undefined;
  const known = knownPlace(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase().replace(/ς$/u, 'σ');
  for (const [ending, nominatives] of caseEndings) {
    const folded = ending.replace(/ς$/u, 'σ');
    if (!lower.endsWith(folded) || word.length - ending.length < minimumStem) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of nominatives) {
      const place = knownPlace(stem + nominative);
      if (place !== undefined) return place;
    }
  }
  return undefined;
}

const greekLetters = /\p{Script=Greek}/gu;

/** Whether a (raw) text reads as written in Greek: mostly Greek letters. */
export function isGreekText(text: string): boolean {
  return letterShare(text, greekLetters) > 0.5;
}
