import { organisationHeads } from '../entities/organisation-words.ts';
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
 * A code point in the blocks of the scripts whose words are read by consonants (consonant-skeleton.ts
 * caselessWord: Armenian to Sinhala, Georgian, Ethiopic, Hangul syllables): ranges, which a Latin text
 * is scanned for faster than for script properties.
 */
const caselessLetter =
  /[\u0530-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u10a0-\u10ff\u1200-\u139f\uac00-\ud7a3]/u;
/** Times two words must stand together to be read as one name. */
const fewestRepeats = 2;
/** Pairs keyed per article at most (the most repeated first). */
const mostPairs = 12;

/**
 * Round 56: a two-word name whose words are short in consonants (ਅਮਾਨਤ ਖ਼ਾਂ, Amanat Khan: mnt and sn)
 * gives no caseless key of four consonants, though its Latin spelling's whole skeleton is one (mntsn),
 * so the pair, which the scoring met, was never a candidate. Two caseless words written together at
 * least twice, not across punctuation, are keyed by their joined skeleton (each word of two
 * consonants or more, one of them under four). A text with no caseless letter returns at once.
 */
export function recurringPairKeys(text: string): string[] {
  if (!caselessLetter.test(text)) return [];
  const counts = new Map<string, number>();
  let last = '';
  for (const [token] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}\s]+/gu)) {
    const word = caselessWord.test(token) ? token : '';
    if (last !== '' && word !== '') counts.set(`${last} ${word}`, (counts.get(`${last} ${word}`) ?? 0) + 1);
    last = word;
  }
  const keys = new Set<string>();
  const pairs = [...counts].filter(([, n]) => n >= fewestRepeats);
  pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [pair] of pairs.slice(0, mostPairs)) {
    const [first = [], second = []] = pair.split(' ').map((w) => caselessSkeletons(w));
    for (const a of first.filter((s) => s.length >= 2))
      for (const b of second.filter((s) => s.length >= 2)) {
        const joined = `${a}${b}`.replace(/(.)\1+/gu, '$1');
        if (Math.min(a.length, b.length) < fewestConsonants && joined.length >= fewestConsonants)
          keys.add(caselessSide + joined);
      }
  }
  return [...keys];
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
  const written = new Set(headline.normalize('NFC').split(/[^\p{L}\p{M}]+/u));
  const rows = new Map<string, string>();
  for (const word of words.filter((w) => written.has(w) && caselessWord.test(w)))
    for (const skeleton of caselessSkeletons(word))
      if (skeleton.length >= fewestConsonants && !rows.has(caselessSide + skeleton))
        rows.set(caselessSide + skeleton, word);
  return [...rows].map(([key, label]) => ({ key, label }));
}

/** An article's skeleton features: its names' and kept words', its word pairs', its headline's cut words'. */
export function skeletonFeatures(
  features: readonly Labelled[],
  text: string,
  cutWords: readonly string[],
): { key: string; weight: number; label: string | null; type: null }[] {
  const keys = new Set([...skeletonKeys(features), ...recurringPairKeys(text)]);
  const rows = [...keys].map((key) => ({ key, weight: 1, label: null as string | null, type: null }));
  // The text's first line is its headline (article-features.ts withHeadline).
  for (const { key, label } of cutWordKeys(cutWords, text.slice(0, text.indexOf('\n') + 1 || undefined)))
    if (!keys.has(key)) rows.push({ key, weight: 1, label, type: null });
  return rows;
}
