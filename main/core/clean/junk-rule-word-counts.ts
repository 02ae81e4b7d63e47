import { isElement, type DomNode } from './dom-types.ts';

// Word counts the junk rules use to judge a block's size without reading a container's whole text.
// The per-pass cached counts (a lower bound per element) live in junk-rule-scan.ts.

/** Whether the text outside links under node has more than max words; walks only as far as it must. */
export function proseExceeds(node: DomNode, max: number): boolean {
  let count = 0;
  const walk = (current: DomNode): boolean => {
    if (isElement(current)) {
      if (current.localName === 'a') return false;
      for (const child of Array.from(current.childNodes)) if (walk(child)) return true;
      return false;
    }
    if (current.nodeType !== 3) return false;
    const words = (current.textContent ?? '').match(/\S+/g);
    count += words === null ? 0 : words.length;
    return count > max;
  };
  return walk(node);
}
