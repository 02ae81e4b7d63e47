import { cjkBigrams, cjkRun, hasCjk, wordChars } from './fold-text.ts';

/** Letters, digits and kept marks: the same boundaries the index encoder splits on (Hindi words stay whole). */
const wordPattern = new RegExp(`[${wordChars}]+`, 'gu');

/** Visits one unit at `start`; answering false stops the walk. */
export type UnitVisitor = (start: number, unit: string) => boolean;

/**
 * Walks the searchable units of `text` in order, as the index sees them: whole words, and inside
 * CJK runs overlapping bigrams (each visited where it starts). Snippets and the reader's marks
 * both use this, so they mark exactly the units a query can match. Words starting past
 * `maxChars` are not visited.
 */
export function forEachWordUnit(text: string, visit: UnitVisitor, maxChars = Infinity): void {
  for (const word of text.matchAll(wordPattern)) {
    if (word.index > maxChars) return;
    if (!hasCjk(word[0])) {
      if (!visit(word.index, word[0])) return;
      continue;
    }
    let at = 0;
    for (const run of word[0].matchAll(cjkRun)) {
      if (run.index > at && !visit(word.index + at, word[0].slice(at, run.index))) return;
      let offset = word.index + run.index;
      for (const unit of cjkBigrams(run[0])) {
        if (!visit(offset, unit)) return;
        offset += (unit.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
      }
      at = run.index + run[0].length;
    }
    if (at < word[0].length && !visit(word.index + at, word[0].slice(at))) return;
  }
}
