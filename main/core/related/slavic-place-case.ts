import { isInflectedLatinText } from './inflected-stem.ts';
import { knownPlace } from './romanised-place.ts';
import { letterShare } from './letter-share.ts';

// Slavic languages put place names in their cases: Polish "w Gdańsku", "w Krakowie" (Gdańsk,
// Kraków), Czech "v Brně", "z Ostravy" (Brno, Ostrava), Serbian "u Zagrebu", "у Београду". The
// phonetic fold of entity-key.ts drops one final vowel, so "Bydgoszczy" already meets "Bydgoszcz";
// but a gazetteer place in a case is not found in the gazetteer, so "Gdańsku" was keyed as a name
// of its own and never met the "Gdańsk" an English follow-up names. Here a one-word name of a
// Slavic text is tried without its case ending, with the nominative endings restored; it is read as
// the place only when the gazetteer knows the result, so two different towns never merge by a cut.

/** Case endings of Polish, Czech, Slovak, Serbian/Croatian (Latin and Cyrillic), longest first. */
const caseEndings = [
  'iach',
  'ach',
  'ami',
  'iem',
  'owi',
  'iu',
  'ie',
  'em',
  'om',
  'ou',
  'ej',
  'oj',
  'ем',
  'ом',
  'ој',
  'у',
  'а',
  'е',
  'и',
  'ě',
  'ę',
  'ą',
  'e',
  'u',
  'a',
  'y',
  'i',
];

/** Nominative endings a stem may take back (Brn-o, Ostrav-a, Katowic-e); '' first (Gdańsk-u). */
const nominativeEndings = ['', 'a', 'o', 'e', 'y', 'а', 'о', 'е'];

/** A stem keeps at least this many letters; the place it restores at least one more. */
const minimumStem = 3;

/** The gazetteer place a one-word name in a Slavic case names ("Gdańsku" → "Gdańsk"), or undefined. */
export function placeInCase(name: string): string | undefined {
  const word = name.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || knownPlace(word) !== undefined) return undefined;
  const lower = word.toLowerCase();
  for (const ending of caseEndings) {
    if (!lower.endsWith(ending) || word.length - ending.length < minimumStem) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of nominativeEndings) {
      const candidate = stem + nominative;
      if (candidate.length > minimumStem && knownPlace(candidate) !== undefined) return candidate;
    }
  }
  return undefined;
}

/**
 * The places a Slavic text names in a case, each as [the word written, the gazetteer place]: the
 * capitalised-name reader drops "Gdańsku" as the adjective of a known place (capitalised-names.ts).
 * A word is read so only inside a sentence and when the text never writes it in lower case: "Łodzie"
 * opening a sentence is "boats", not Łódź. `inCase` reads one word (Greek: greek-place-case.ts).
 */
export function placesInCase(
  text: string,
  inCase: (name: string) => string | undefined = placeInCase,
): [string, string][] {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  const word = (token: string): string => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const lowered = new Set(
    tokens
      .map(word)
      .filter((w) => /^\p{Ll}/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  const found = new Map<string, string>();
  let sentenceStart = true;
  for (const token of tokens) {
    const name = word(token);
    const inside = !sentenceStart && !/^[«"“„(]/u.test(token);
    sentenceStart = /[.!?:;]["»”)]?$/u.test(token);
    if (!inside || found.has(name) || lowered.has(name.toLowerCase())) continue;
    const place = inCase(name);
    if (place !== undefined) found.set(name, place);
  }
  return [...found];
}

const cyrillicLetters = /\p{Script=Cyrillic}/gu;

/** Whether a (raw) text reads as written in a Slavic language: inflecting Latin letters, or mostly Cyrillic. */
export function isSlavicText(text: string): boolean {
  return isInflectedLatinText(text) || letterShare(text, cyrillicLetters) > 0.5;
}
