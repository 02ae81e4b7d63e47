import { organisationHeads } from '../entities/organisation-words.ts';
import { foldText } from '../search/fold-text.ts';
import { caselessSkeletons, caselessWord, latinSkeleton } from './consonant-skeleton.ts';

// Round 46: a name written in a script without capitals (Bengali সীতাকুণ্ড) and its Latin spelling
// (Sitakunda) share no key, so the candidate search (score-related.ts), which looks up exact keys
// only, never brought such a pair in: the consonant reader (consonant-skeleton.ts) only ran on pairs
// already found. Each side now stores its names' consonant skeletons as keys of one side or the
// other: "x:l:" for a Latin name's, "x:c:" for a caseless word's. The search looks up one side's keys
// among the other side's, so only pairs across scripts meet by skeleton, never two Latin articles.

/** The kind of every skeleton key (shared-evidence.ts kindOf): read by the candidate search alone. */
export const skeletonKind = 'x';
const latinSide = 'x:l:';
const caselessSide = 'x:c:';

/** Fewest consonants a skeleton key holds: three are met by chance among a few hundred words. */
const fewestConsonants = 4;

interface Labelled {
  readonly key: string;
  readonly label: string | null;
}

const latinName = /^[\p{Script=Latin}\s\u2010-\u2015'’.-]+$/u;

/** The skeleton keys of an article's features: its Latin names' (whole, and each word), its caseless words'. */
export function skeletonKeys(features: readonly Labelled[]): string[] {
  const keys = new Set<string>();
  for (const { key, label } of features) {
    if (label === null) continue;
    if (/^e:[pno]:/u.test(key) && latinName.test(label)) {
      const written = label.split(/[\s\u2010-\u2015-]+/u);
      const skeletons = written.map(latinSkeleton);
      const words = skeletons.filter((s) => s !== '');
      // Round 49: an institution's head noun (University, Department) is no key of its own: other
      // scripts write it as a loanword (Amharic ዩኒቨርሲቲ, Hindi यूनिवर्सिटी) in any story about any university.
      const own = skeletons.filter((_, i) => !organisationHeads.has((written[i] ?? '').toLowerCase()));
      for (const skeleton of [words.join('').replace(/(.)\1+/gu, '$1'), ...own])
        if (skeleton.length >= fewestConsonants) keys.add(latinSide + skeleton);
    } else if (key.startsWith('t:') && caselessWord.test(label))
      for (const skeleton of caselessSkeletons(label))
        if (skeleton.length >= fewestConsonants) keys.add(caselessSide + skeleton);
  }
  return [...keys];
}

/** The key a skeleton key is met by on the other side of the scripts, or null for any other key. */
export function otherSide(key: string): string | null {
  if (key.startsWith(latinSide)) return caselessSide + key.slice(latinSide.length);
  if (key.startsWith(caselessSide)) return latinSide + key.slice(caselessSide.length);
  return null;
}

/**
 * Round 56: a caseless word of the headline cut from the terms kept may be the story's name in a script
 * few articles of the library are written in: held-out-52's Kannada report names ಮೇಲುಕೋಟೆ (Melukote)
 * in its headline, and so does the library's other Kannada article, so words of the report alone
 * outweighed it among the sixty kept. Its skeleton keys (four consonants or more) carry the word, so the
 * scoring meets a name in it too (consonant-skeleton.ts namesInCaselessWords); it is no term, and the
 * wording's cosine is unchanged. Only the headline's: every word cut from a text, read so, met names of
 * unrelated articles by chance (a Telugu word as Khatlon, Gujarati words as German nouns).
 */
export function cutWordKeys(words: readonly string[], headline: string): { key: string; label: string }[] {
  // Folded and split as the terms are (article-terms.ts), so a headline with harakat, niqqud or
  // tatweel, or in capitals, holds the same words as the terms cut from the text.
  const written = new Set(foldText(headline).split(/[^\p{L}\p{N}\p{M}]+/u));
  const rows = new Map<string, string>();
  // The script test first: it is cheap, and most cut words (all of a Latin text's) fail it.
  for (const word of words.filter((w) => caselessWord.test(w) && written.has(foldText(w))))
    for (const skeleton of caselessSkeletons(word))
      if (skeleton.length >= fewestConsonants && !rows.has(caselessSide + skeleton))
        rows.set(caselessSide + skeleton, word);
  return [...rows].map(([key, label]) => ({ key, label }));
}

/**
 * An article's skeleton features: its names' and kept words', and its title's cut words' (`title`: the
 * article's own title, not the text's first line, which is the whole text of a page with no newline).
 * A cut word's key that a name already gives keeps the word as its label, so the scoring can read it.
 */
export function skeletonFeatures(
  features: readonly Labelled[],
  title: string,
  cutWords: readonly string[],
): { key: string; weight: number; label: string | null; type: null }[] {
  const rows = new Map<string, string | null>(skeletonKeys(features).map((key) => [key, null]));
  for (const { key, label } of cutWordKeys(cutWords, title)) rows.set(key, label);
  return [...rows].map(([key, label]) => ({ key, weight: 1, label, type: null }));
}
