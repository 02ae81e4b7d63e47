import { compactText, domText, nearestOccurrence, squeeze, type DomText } from './text-map.ts';

/** A selection of the frame mapped back into the article's plain text. */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
}

/** Why a selection could not be mapped into the article's text. */
export type SelectionProblem = 'empty' | 'not-in-text';

/** Characters of context on each side used to find the selection's place in the plain text. */
const contextChars = 24;

/** The first index whose predicate holds, on a monotonic predicate over [0, length). */
function firstWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The [first, last] compact DOM characters inside the range, or null when it holds none. */
function selectedChars(dom: DomText, range: Range): { first: number; last: number } | null {
  const at = (index: number, shift: number): number =>
    range.comparePoint(dom.nodes[index] as Text, (dom.offsets[index] ?? 0) + shift);
  const first = firstWhere(dom.chars.length, (index) => at(index, 0) >= 0);
  const last = firstWhere(dom.chars.length, (index) => at(index, 1) > 0) - 1;
  return first <= last ? { first, last } : null;
}

/**
 * Maps a DOM range of the frame to offsets into the article's plain text (`text`), ignoring whitespace
 * differences; checks that the text between the offsets is the selected words.
 */
export function rangeToText(
  doc: Document,
  text: string,
  range: Range,
): { ok: true; value: TextSelection } | { ok: false; problem: SelectionProblem } {
  const dom = domText(doc);
  const chars = selectedChars(dom, range);
  if (chars === null) return { ok: false, problem: 'empty' };
  const selected = dom.chars.slice(chars.first, chars.last + 1);
  const compact = compactText(text);
  // The words around the selection pin down which occurrence it is; without them, the nearest one.
  const before = dom.chars.slice(Math.max(0, chars.first - contextChars), chars.first);
  const after = dom.chars.slice(chars.last + 1, chars.last + 1 + contextChars);
  const withContext = nearestOccurrence(
    compact.chars,
    before + selected + after,
    chars.first - before.length,
  );
  const index =
    withContext === -1
      ? nearestOccurrence(compact.chars, selected, chars.first)
      : withContext + before.length;
  if (index === -1) return { ok: false, problem: 'not-in-text' };
  const start = compact.offsets[index] ?? 0;
  const end = (compact.offsets[index + selected.length - 1] ?? 0) + 1;
  const slice = text.slice(start, end);
  if (squeeze(slice) !== squeeze(range.toString())) return { ok: false, problem: 'not-in-text' };
  return { ok: true, value: { start, end, text: slice } };
}
