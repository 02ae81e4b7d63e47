import { isElement, type DomElement, type DomNode } from './dom-types.ts';

// Word counts the junk rules use to skip big containers cheaply: reading a container's whole text
// for every candidate element made the junk passes cost several times Readability's own time.

/**
 * A lower bound of every element's word count, in one walk: a text node's words minus the two at its
 * ends (which may join a neighbour's word) are words of their own.
 */
export function minWordCounts(root: DomElement): Map<DomElement, number> {
  if (wordCountCache?.root === root) return wordCountCache.counts;
  const counts = new Map<DomElement, number>();
  const walk = (node: DomNode): number => {
    if (!isElement(node)) {
      if (node.nodeType !== 3) return 0;
      const words = (node.textContent ?? '').match(/\S+/g);
      return words === null ? 0 : Math.max(0, words.length - 2);
    }
    let sum = 0;
    for (const child of Array.from(node.childNodes)) sum += walk(child);
    counts.set(node, sum);
    return sum;
  };
  walk(root);
  wordCountCache = { root, counts };
  return counts;
}

/**
 * The last minWordCounts walk, reused by the next rule while the tree is unchanged: removeElements and
 * runJunkRules drop it, and only removals (which never raise a count) happen during a junk pass.
 */
let wordCountCache: { readonly root: DomElement; readonly counts: Map<DomElement, number> } | null = null;

/** Whether text has more than max whitespace-separated words; stops reading once it has. */
export function hasMoreWords(text: string, max: number): boolean {
  const word = /\S+/g;
  for (let count = 0; word.exec(text) !== null;) if ((count += 1) > max) return true;
  return false;
}

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

/** Drops the cached word counts: the tree changed (or a new pass starts). */
export function forgetWordCounts(): void {
  wordCountCache = null;
}
