import { isElement, type DomElement, type DomNode } from './dom-types.ts';

/** Elements that start and end a line of text. */
// prettier-ignore
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'ul',
]);

/** Plain text of an article: one block (paragraph, heading, list item, caption, table row) per line, whitespace collapsed, no empty lines. */
export function extractText(root: DomElement): string {
  const lines: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const line = collapse(buffer);
    if (line !== '') lines.push(line);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (!isElement(node)) {
      if (node.nodeType === 3) buffer += node.textContent ?? '';
      return;
    }
    const tag = node.localName.toLowerCase();
    if (tag === 'br') {
      // A line break inside a paragraph stays inside its block's line.
      buffer += ' ';
    } else if (tag === 'tr') {
      flush();
      const cells = Array.from(node.children, (cell) => collapse(cell.textContent ?? '')).filter(
        (cell) => cell !== '',
      );
      if (cells.length > 0) lines.push(cells.join(' | '));
    } else if (blockTags.has(tag)) {
      flush();
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
    } else {
      for (const child of Array.from(node.childNodes)) walk(child);
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** Scripts written without spaces between words, where whitespace splitting finds whole sentences. */
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** ICU's dictionary word breaker: it knows where Chinese, Japanese and Thai words end. */
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Counts the words of a plain text; runs in unspaced scripts (Japanese, Chinese, Thai) are split by Intl.Segmenter. */
export function countTextWords(text: string): number {
  return text.split(/\s+/).reduce((count, token) => count + countTokenWords(token), 0);
}

function countTokenWords(token: string): number {
  if (!/[\p{L}\p{N}]/u.test(token)) return 0;
  if (!unspacedScript.test(token)) return 1;
  let words = 0;
  for (const segment of wordSegmenter.segment(token)) if (segment.isWordLike === true) words += 1;
  return words;
}

/** The share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(root: DomElement): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  const linked = Array.from(
    root.querySelectorAll('a'),
    (link) => (link.textContent ?? '').replace(/\s+/g, '').length,
  );
  return linked.reduce((sum, length) => sum + length, 0) / total;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
