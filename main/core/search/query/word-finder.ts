import { foldText } from '../fold-text.ts';
import {
  extendsWordAt,
  extendsWordBefore,
  foldTable,
  notAfterLetter,
  notBeforeLetter,
  tabled,
  wordPattern,
} from './phrase-pattern.ts';

/** Calls `visit(start, word)` for each matching word in order until it returns false or `maxScan` is passed. */
export type WordFinder = (
  text: string,
  visit: (start: number, word: string) => boolean,
  maxScan: number,
) => void;

/** A CJK search unit: a bigram, or one character (a run of one); BMP only (astral ones are folded per word). */
const cjkUnit = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3005\u30fc]{1,2}$/u;
const cjkOne = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3005\u30fc]$/u;

const cjkAt = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && cjkOne.test(text.charAt(at));

/**
 * The unit the index saw at `start` of a CJK match, or null when there is none: a bigram term is
 * its own unit; a single character is a unit only as a run of one, and as a prefix it also begins
 * the bigram it starts.
 */
function cjkUnitAt(text: string, start: number, term: string, prefix: boolean): string | null {
  if (term.length === 2) return term;
  const alone = !cjkAt(text, start - 1) && !cjkAt(text, start + 1);
  if (alone) return term;
  return prefix && cjkAt(text, start + 1) ? text.slice(start, start + 2) : null;
}

/** The end of the word that starts at or before `at` and runs through it. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && extendsWordAt(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return end;
}

/**
 * Finds exactly the words of a text that fold to one of `terms`, or start with one of `prefixes`,
 * with one pattern of fold classes (é, É, ß…) and no per-word folding or encoding: what snippets
 * and marks spend most time on otherwise; CJK bigrams are found as they are. Null when a term needs
 * folding per word (other scripts, astral characters).
 */
export function wordFinder(terms: readonly string[], prefixes: readonly string[]): WordFinder | null {
  const wanted = [
    ...terms.map((text) => ({ text, prefix: false })),
    ...prefixes.map((text) => ({ text, prefix: true })),
  ];
  // Digits: the encoder cuts long numbers into triplets (20245 is 202 + 45), which a word pattern
  // cannot mirror, so such queries test each word.
  const plain = ({ text }: { text: string }): boolean =>
    (tabled.test(text) && !/\p{N}/u.test(text)) || cjkUnit.test(text);
  if (wanted.length === 0 || !wanted.every(plain)) {
    return null;
  }
  // Longest first: when a longer term matches at a place, no shorter one could end a word there.
  wanted.sort((a, b) => b.text.length - a.text.length);
  const folds = foldTable();
  const pattern = new RegExp(
    wanted
      .map(({ text, prefix }) =>
        cjkUnit.test(text)
          ? `(${text})`
          : `(${notAfterLetter}${wordPattern(text, 0, folds, 0, prefix)}${prefix ? '' : notBeforeLetter})`,
      )
      .join('|'),
    'gu',
  );
  const isPrefixMatch = (word: string): boolean => {
    const folded = foldText(word);
    return prefixes.some((p) => folded.startsWith(p)) || terms.includes(folded);
  };
  return (text, visit, maxScan) => {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      const start = found.index;
      if (start > maxScan) return;
      if (extendsWordBefore(text, start)) {
        pattern.lastIndex = start + 1;
        continue;
      }
      // Each term is one capture group; the one that took part says which term matched.
      const which =
        (found as (string | undefined)[]).findIndex((group, i) => i > 0 && group !== undefined) - 1;
      const term = wanted[which];
      if (term !== undefined && cjkUnit.test(term.text)) {
        // Inside CJK runs units overlap (東京都: 東京, 京都): the next match may start one on.
        pattern.lastIndex = start + 1;
        const unit = cjkUnitAt(text, start, term.text, term.prefix);
        if (unit !== null && !visit(start, unit)) return;
        continue;
      }
      let end = start + found[0].length;
      if (wanted[which]?.prefix === true) end = wordEnd(text, end);
      else if (extendsWordAt(text, end)) {
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
