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
