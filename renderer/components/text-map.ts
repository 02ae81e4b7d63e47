/**
 * Aligns the article's plain text (ArticleDetail.text: one block per line, whitespace collapsed) with the
 * text nodes of the frame's DOM. Both sides are compared on their non-whitespace characters only, so
 * line breaks, collapsed spaces and indentation never matter; what the DOM adds (image placeholders) or
 * the text adds (" | " between table cells) is absorbed by searching near the expected place.
 */

const showText = 4; // NodeFilter.SHOW_TEXT, spelled out: the frame's realm has its own NodeFilter.
const skipped = new Set(['SCRIPT', 'STYLE', 'TEXTAREA']);
const space = /\s/u;

/** A plain text's non-whitespace characters, and for each the offset it came from. */
export interface CompactText {
  readonly chars: string;
  readonly offsets: readonly number[];
}

/** A DOM's text nodes as one compact string: each character knows its node and offset. */
export interface DomText {
  readonly chars: string;
  readonly nodes: readonly Text[];
  readonly offsets: readonly number[];
}

/** The non-whitespace characters of `text` with their offsets. */
export function compactText(text: string): CompactText {
  let chars = '';
  const offsets: number[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (space.test(char)) continue;
    chars += char;
    offsets.push(at);
  }
  return { chars, offsets };
}

/** The non-whitespace text of a document's body, character by character, outside scripts and styles. */
export function domText(doc: Document): DomText {
  const walker = doc.createTreeWalker(doc.body, showText);
  let chars = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  while (walker.nextNode() !== null) {
    const node = walker.currentNode as Text;
    if (skipped.has(node.parentElement?.tagName ?? '')) continue;
    const data = node.data;
    for (let at = 0; at < data.length; at += 1) {
      const char = data.charAt(at);
      if (space.test(char)) continue;
      chars += char;
      nodes.push(node);
      offsets.push(at);
    }
  }
  return { chars, nodes, offsets };
}

/** How many non-whitespace characters come before `offset` in the compact text. */
export function compactIndex(compact: CompactText, offset: number): number {
  let low = 0;
  let high = compact.offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((compact.offsets[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The occurrence of `needle` in `haystack` nearest to `expected`, or -1 when there is none. */
export function nearestOccurrence(haystack: string, needle: string, expected: number): number {
  if (needle === '') return -1;
  let best = -1;
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    if (best === -1 || Math.abs(from - expected) < Math.abs(best - expected)) best = from;
    if (from > expected) break;
    from = haystack.indexOf(needle, from + 1);
  }
  return best;
}

/** Removes whitespace: the form both sides are compared in. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}
