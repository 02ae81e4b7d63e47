import { foldText } from '../search/fold-text.ts';

// Finds a name in a text the way a reader would: ignoring case and diacritics, whole words only.
// Folding can change a string's length (ß → ss, decomposed accents), so each folded character
// keeps the offset of the original character it came from.

/** One occurrence: offsets into the original text, end exclusive. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface FoldedText {
  readonly folded: string;
  /** For each folded UTF-16 unit: the original start of the character it came from. */
  readonly starts: readonly number[];
  /** For each folded UTF-16 unit: the original end of the character it came from. */
  readonly ends: readonly number[];
}

const wordChar = /[\p{L}\p{N}\p{M}]/u;

function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    // Whitespace runs fold to one space, so "Vladimir\nPutin" matches "Vladimir Putin".
    const piece = /\s/u.test(char) ? (folded.endsWith(' ') ? '' : ' ') : foldText(char);
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += piece;
    offset = end;
  }
  return { folded, starts, ends };
}

function foldNeedle(name: string): string {
  return foldText(name.trim()).replace(/\s+/gu, ' ');
}

function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && wordChar.test(text.charAt(index));
}

/**
 * Every whole-word, case- and diacritics-folded occurrence of any of `names` in `text`, in text
 * order; where occurrences overlap the longest (then earliest) wins.
 */
export function findOccurrences(text: string, names: readonly string[]): Occurrence[] {
  const source = foldWithOffsets(text);
  const found: Occurrence[] = [];
  for (const needle of new Set(names.map(foldNeedle))) {
    if (needle === '') continue;
    for (let at = source.folded.indexOf(needle); at >= 0; at = source.folded.indexOf(needle, at + 1)) {
      const last = at + needle.length - 1;
      if (isWordAt(source.folded, at - 1) || isWordAt(source.folded, last + 1)) continue;
      const start = source.starts[at] ?? 0;
      const end = source.ends[last] ?? start;
      found.push({ start, end, text: text.slice(start, end) });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Occurrence[] = [];
  for (const occurrence of found) if (!kept.some((k) => overlaps(k, occurrence))) kept.push(occurrence);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether two offset ranges share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
