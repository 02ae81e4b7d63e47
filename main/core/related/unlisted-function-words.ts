import { foldText } from '../search/fold-text.ts';

// Round 42: every blind set brings a language function-words.ts has no list for (Afrikaans, Welsh,
// Tagalog in held-out-37; Persian and Indonesian in held-out-36), and its function words ("mae",
// "wedi", "cael"; "ang", "mga") were read as terms. Carried by two or three articles of the library,
// they looked as rare as a name, so two unrelated reports in that language met on them above their
// true partners in English. A list per language is always a round behind, so this reads the words
// from the text itself: in any language, the words a text repeats most are its short function words,
// and, unlike a name repeated as often, they are written in lower case.

/** Below this share of words already known as function words, a text's language has no list. */
const unlistedShare = 0.12;
/** Function words are short in every language read with spaces (ang, mga, mae, wedi, cael, kwa). */
const longestWord = 4;
/**
 * Round 47: some are a letter longer (Luxembourgish "engem", "iwwer"; Hausa "cikin"), as are many of a
 * story's own words ("sashe", "dighe", "balon"); a story's words are in its headline, function words
 * mostly not, so a word of five letters counts only when the headline does not write it.
 */
const longestOutsideHeadline = 5;
/** Written this often in lower case within one article (a name is capitalised each time). */
const timesRepeated = 3;

/**
 * The folded words a text in a language without a list repeats as function words: of at most four
 * letters (five when its first line, the headline, does not write them), written in lower case at
 * least three times. Empty (and no second pass over the text) when
 * at least 12 % of its words are already known function words (`listedWords` of `words`), as in any
 * language function-words.ts lists.
 */
export function unlistedFunctionWords(text: string, words: number, listedWords: number): ReadonlySet<string> {
  const found = new Set<string>();
  if (words === 0 || listedWords / words >= unlistedShare) return found;
  const counts = new Map<string, number>();
  // The headline is the text's first line (withHeadline in article-input.ts puts it there).
  const newline = text.indexOf('\n');
  const headline = new Set(
    newline < 0
      ? []
      : text
          .slice(0, newline)
          .toLowerCase()
          .split(/[^\p{L}\p{N}\p{M}]+/u),
  );
  for (const word of text.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    // Latin letters in lower case: a name is capitalised each time it is repeated, and so mostly is a
    // word of the story's that titles and opens its sentences ("Surf klubek…" beside English "surf").
    // Cyrillic languages' function words are mostly of one or two letters, so a Russian or Bulgarian
    // text has few known ones and its short repeated words are the story's ("тонн", "вино"); a
    // caseless script tells a name from a function word by nothing.
    if (word.length < 3 || word.length > longestOutsideHeadline || word !== word.toLowerCase()) continue;
    if (word.length > longestWord && (newline < 0 || headline.has(word))) continue;
    if (!/^\p{Script=Latin}+$/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const [word, count] of counts) if (count >= timesRepeated) found.add(foldText(word));
  return found;
}
