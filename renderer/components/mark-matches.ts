/** The class of the marks this module adds (a saved page may carry <mark>s of its own). */
export const matchClass = 'dossier-match';
/** The class of the match the reader is on. */
export const currentMatchClass = 'is-current';

/** Letters and digits: the same word boundaries as the core's matcher and snippets. */
const wordPattern = /[\p{L}\p{N}]+/gu;
const skipped = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'MARK']);
const showText = 4; // NodeFilter.SHOW_TEXT, spelled out: the frame's realm has its own NodeFilter.

/** Removes the marks added by markWords, leaving the text as it was. */
export function clearMarks(doc: Document): void {
  const marks = doc.querySelectorAll(`mark.${matchClass}`);
  for (const mark of marks) mark.replaceWith(doc.createTextNode(mark.textContent));
  // Normalizing merges text nodes, which would drop the reader's selection: only after an unwrap.
  if (marks.length > 0) doc.body.normalize();
}

/**
 * Wraps every whole word of the document's text that is one of `words` (exact, case-sensitive
 * surface forms from findMatches) in a <mark>, and returns the marks in document order.
 */
export function markWords(doc: Document, words: readonly string[]): HTMLElement[] {
  const wanted = new Set(words);
  if (wanted.size === 0) return [];
  const walker = doc.createTreeWalker(doc.body, showText);
  const texts: Text[] = [];
  while (walker.nextNode() !== null) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of texts) {
    if (skipped.has(node.parentElement?.tagName ?? '')) continue;
    const text = node.data;
    let last = 0;
    let fragment: DocumentFragment | null = null;
    for (const found of text.matchAll(wordPattern)) {
      if (!wanted.has(found[0])) continue;
      fragment ??= doc.createDocumentFragment();
      fragment.append(text.slice(last, found.index));
      const mark = doc.createElement('mark');
      mark.className = matchClass;
      mark.textContent = found[0];
      fragment.append(mark);
      marks.push(mark);
      last = found.index + found[0].length;
    }
    if (fragment === null) continue;
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return marks;
}
