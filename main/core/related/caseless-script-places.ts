import { asianScriptNames, unspacedScriptPlaces } from './asian-script-gazetteer.ts';
import { lookUpCaseless } from './caseless-script-gazetteer.ts';
import { georgianStem, isGeorgian } from './georgian-script.ts';
import { hangulStems, isHangul } from './hangul-romanisation.ts';
import { romanisedPlace } from './romanised-place.ts';
import { isThaana, thaanaStem } from './thaana-script.ts';

// Hebrew, Arabic and Korean have no capital letters, so the readers that look for names by their
// capitals (gazetteer-scan.ts, capitalised-names.ts) never looked at a word of them: before round 39 an
// article in these scripts had no place at all, and the Busan of a Korean follow-up never met the Busan
// of its English report. Every word is tried instead, as written and without what the language glues
// to it: Hebrew's one-letter prepositions and article (בירושלים "in Jerusalem", והגליל "and the
// Galilee"), Arabic's conjunctions, prepositions and article (وبيروت, بالقاهرة), Korean's particles.

/** Hebrew prefixes (and, the, in, to, from, that, as) and their common pairs, longest first. */
const hebrewPrefixes = [
  'וב',
  'וה',
  'ול',
  'ומ',
  'שב',
  'שה',
  'מה',
  'בה',
  'לה',
  'כש',
  'ו',
  'ה',
  'ב',
  'ל',
  'מ',
  'ש',
  'כ',
];
/** Arabic prefixes (and, so, with/in, to, as, the) as written before a name, longest first. */
const arabicPrefixes = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

const hebrew = /^\p{Script=Hebrew}+$/u;
const arabic = /^\p{Script=Arabic}+$/u;

/** The forms a word of a caseless script may be a name under: as written and without its prefixes or particles. */
function forms(word: string): string[] {
  if (isHangul(word)) return hangulStems(word);
  // Round 40: a Georgian name in any case, nominative -ი restored (თბილისში → თბილის, თბილისი).
  if (isGeorgian(word)) return [word, georgianStem(word), `${georgianStem(word)}ი`];
  // Round 57: a Dhivehi name without its case ending (މާލޭގެ "of Malé" → މާލޭ; thaana-script.ts).
  if (isThaana(word)) return [word, thaanaStem(word)];
  const prefixes = hebrew.test(word) ? hebrewPrefixes : arabic.test(word) ? arabicPrefixes : [];
  const out = [word];
  for (const prefix of prefixes)
    if (word.startsWith(prefix) && Array.from(word).length - Array.from(prefix).length >= 2)
      out.push(word.slice(prefix.length));
  // An adjective of a place adds -i, feminine -iya (Arabic تونسية "Tunisian") or -it (Hebrew ישראלית).
  const adjective =
    prefixes === arabicPrefixes ? /(ية|ي)$/u : prefixes === hebrewPrefixes ? /(ית|י)$/u : null;
  if (adjective !== null)
    for (const form of [...out]) {
      const stem = form.replace(adjective, '');
      if (stem !== form && Array.from(stem).length >= 3) out.push(stem);
    }
  return out;
}

/**
 * A place named by one form: listed (caseless-script-gazetteer.ts, asian-script-gazetteer.ts) or, in
 * Hangul or Georgian, romanised and in the gazetteer.
 */
function placeOf(form: string): string | undefined {
  return (
    lookUpCaseless(form) ??
    asianScriptNames.get(form) ??
    (isHangul(form) || isGeorgian(form) ? romanisedPlace(form) : undefined)
  );
}

const caselessWord =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thaana}\p{Script=Georgian}\uac00-\ud7a3]+$/u;
/** Any letter of those scripts: most texts have none, and are then not split into words at all. */
const caselessLetter =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thaana}\p{Script=Georgian}\uac00-\ud7a3]/u;

/** Runs of up to three words are looked up as one name ("ים המלח", "الشرق الأوسط"), longest first. */
const longestName = 3;

/**
 * The places a text names in Hebrew, Arabic, Thaana, Georgian or Hangul words (and in Japanese strings), each as written with
 * the canonical gazetteer name it stands for: "בירושלים" → "Jerusalem", "부산에서" → "Busan".
 */
export function caselessScriptPlaces(text: string): Map<string, string> {
  // Round 40: Japanese puts no space between words; its places are found as strings.
  const found = unspacedScriptPlaces(text);
  if (!caselessLetter.test(text)) return found;
  const words = text.split(/[^\p{L}\p{M}'"״׳]+/u).filter((word) => word !== '');
  for (let start = 0; start < words.length; start++) {
    if (!caselessWord.test(words[start] ?? '')) continue;
    for (let length = Math.min(longestName, words.length - start); length >= 1; length--) {
      const run = words.slice(start, start + length);
      if (!run.every((word) => caselessWord.test(word))) continue;
      const written = run.join(' ');
      // The first word may carry a prefix; in Korean the last word carries the particle.
      const middle = run.slice(1, -1);
      const candidates =
        length === 1
          ? forms(written)
          : forms(run[0] ?? '').flatMap((head) =>
              forms(run.at(-1) ?? '').map((tail) => [head, ...middle, tail].join(' ')),
            );
      const place = candidates.map(placeOf).find((name) => name !== undefined);
      if (place !== undefined) {
        found.set(written, place);
        start += length - 1;
        break;
      }
    }
  }
  return found;
}
