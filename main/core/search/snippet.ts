/** A plain-text extract with [start, end) offsets of the matched words in it. */
export interface Snippet {
  readonly snippet: string;
  readonly highlights: readonly (readonly [number, number])[];
}

/** Whether one word of the text matches the query. */
export type WordMatcher = (word: string) => boolean;

/** Letters and digits, the same boundaries the index encoder splits on. */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** How much text precedes the first match in the extract. */
const leadIn = 60;

function firstMatch(text: string, isMatch: WordMatcher): number | null {
  for (const found of text.matchAll(wordPattern)) {
    if (isMatch(found[0])) return found.index;
  }
  return null;
}

/** Moves `index` forward to the start of the next word unless it already is one. */
function snapForward(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.slice(index).search(/\s/u);
  return space === -1 ? index : index + space + 1;
}

/** Moves `index` back to the end of the previous word unless the text ends there. */
function snapBack(text: string, index: number, floor: number): number {
  if (index >= text.length) return text.length;
  const cut = text.slice(floor, index).search(/\s\S*$/u);
  return cut <= 0 ? index : floor + cut;
}

/**
 * Cuts a short extract around the first matching word (the start of the text when only
 * metadata matched), collapses whitespace, and marks every matching word in it.
 */
export function makeSnippet(text: string, isMatch: WordMatcher, maxLength = 200): Snippet {
  const match = firstMatch(text, isMatch);
  const start = match === null ? 0 : snapForward(text, Math.max(0, match - leadIn));
  const from = match !== null && start > match ? Math.max(0, match - leadIn) : start;
  const end = snapBack(text, Math.min(text.length, from + maxLength), from);
  const body = text.slice(from, end).replace(/\s+/gu, ' ').trim();
  const snippet = `${from > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  const highlights: [number, number][] = [];
  for (const found of snippet.matchAll(wordPattern)) {
    if (isMatch(found[0])) highlights.push([found.index, found.index + found[0].length]);
  }
  return { snippet, highlights };
}
