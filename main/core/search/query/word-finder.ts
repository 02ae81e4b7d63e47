import { foldText, hasCjk } from '../fold-text.ts';
import { foldTable, isWordCharAt, isWordCharBefore, tabled, wordPattern } from './phrase-pattern.ts';

/** Calls `visit(start, word)` for each matching word in order until it returns false or `maxScan` is passed. */
export type WordFinder = (
  text: string,
  visit: (start: number, word: string) => boolean,
  maxScan: number,
) => void;

/** The end of the word that starts at or before `at` and runs through it. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordCharAt(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return end;
}

/**
 * Finds exactly the words of a text that fold to one of `terms`, or start with one of `prefixes`,
 * with one pattern of fold classes (é, É, ß…) and no per-word folding or encoding: what snippets
 * and marks spend most time on otherwise. Null when a term needs folding (CJK, other scripts).
 */
export function wordFinder(terms: readonly string[], prefixes: readonly string[]): WordFinder | null {
  const wanted = [
    ...terms.map((text) => ({ text, prefix: false })),
    ...prefixes.map((text) => ({ text, prefix: true })),
  ];
  if (wanted.length === 0 || wanted.some(({ text }) => text === '' || hasCjk(text) || !tabled.test(text))) {
    return null;
  }
  // Longest first: when a longer term matches at a place, no shorter one could end a word there.
  wanted.sort((a, b) => b.text.length - a.text.length);
  const folds = foldTable();
  const pattern = new RegExp(wanted.map(({ text }) => `(${wordPattern(text, 0, folds)})`).join('|'), 'gu');
  const isPrefixMatch = (word: string): boolean => {
    const folded = foldText(word);
    return prefixes.some((p) => folded.startsWith(p)) || terms.includes(folded);
  };
  return (text, visit, maxScan) => {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      const start = found.index;
      if (start > maxScan) return;
      if (isWordCharBefore(text, start)) {
        pattern.lastIndex = start + 1;
        continue;
      }
      // Each term is one capture group; the one that took part says which term matched.
      const which =
        (found as (string | undefined)[]).findIndex((group, i) => i > 0 && group !== undefined) - 1;
      let end = start + found[0].length;
      if (wanted[which]?.prefix === true) end = wordEnd(text, end);
      else if (isWordCharAt(text, end)) {
        // A longer word: it may still start with a typed prefix.
        end = wordEnd(text, end);
        if (!isPrefixMatch(text.slice(start, end))) {
          pattern.lastIndex = end;
          continue;
        }
      }
      pattern.lastIndex = end;
      if (!visit(start, text.slice(start, end))) return;
    }
  };
}
