import { isElement, type DomElement, type DomNode } from './dom-types.ts';

// linkedom compiles a CSS selector on every querySelectorAll/closest call, and the junk rules made
// dozens of such calls per pass, one closest() per candidate, and re-walked the tree after every
// removal: most of the junk passes' time. Here one walk per pass lists the elements and their word
// counts, removals update it in place, and element texts are read once. Results are the same as the
// selectors': document order, and no elements inside <template> (linkedom's querySelectorAll skips them).

/** Tags of contentContexts in junk-rule.ts, as a set: text patterns never fire inside them. */
const contentTags = new Set(['blockquote', 'q', 'figcaption', 'table', 'pre', 'code']);

interface Scan {
  readonly root: DomElement;
  /** Every element under root (not root itself) in document order. */
  elements: readonly DomElement[];
  /**
   * A lower bound of every element's word count: a text node's words minus the two at its ends (which
   * may join a neighbour's word) are words of their own. Counts are sums over children.
   */
  readonly minWords: Map<DomElement, number>;
  /** elementsByTags answers, by tag list: rules share selectors, and removals are rare. */
  readonly byTags: Map<string, readonly DomElement[]>;
}

/** An element's text and what the rules derive from it, each computed at most once while the tree is unchanged. */
interface ElementText {
  readonly raw: string;
  collapsed?: string;
  /** Words counted so far: the exact count when below countedUpTo, else only "at least countedUpTo". */
  words?: number;
  countedUpTo?: number;
}

let scan: Scan | null = null;
let texts = new WeakMap<DomElement, ElementText>();
let vocabularies = new WeakMap<DomElement, string>();
const tagSets = new Map<string, ReadonlySet<string>>();

function scanOf(root: DomElement): Scan {
  if (scan?.root === root) return scan;
  const elements: DomElement[] = [];
  const minWords = new Map<DomElement, number>();
  const walk = (element: DomElement, listChildren: boolean): number => {
    let sum = 0;
    for (const child of Array.from(element.childNodes)) {
      if (isElement(child)) {
        if (listChildren) elements.push(child);
        sum += walk(child, listChildren && child.localName !== 'template');
      } else if (child.nodeType === 3) sum += ownWords(child);
    }
    minWords.set(element, sum);
    return sum;
  };
  walk(root, true);
  scan = { root, elements, minWords, byTags: new Map() };
  return scan;
}

function ownWords(text: DomNode): number {
  const words = (text.textContent ?? '').match(/\S+/g);
  return words === null ? 0 : Math.max(0, words.length - 2);
}

/** Every element under root (not root itself) in document order, like querySelectorAll('*'). */
export function descendantElements(root: DomElement): readonly DomElement[] {
  return scanOf(root).elements;
}

/** A lower bound of element's word count (element under root), from the pass's one walk. */
export function minWordCount(root: DomElement, element: DomElement): number {
  return scanOf(root).minWords.get(element) ?? 0;
}

/** Elements under root whose tag is in a comma-separated tag list ("p, div, span"), like querySelectorAll(tags). */
export function elementsByTags(root: DomElement, tags: string): readonly DomElement[] {
  const { elements, byTags } = scanOf(root);
  let found = byTags.get(tags);
  if (found === undefined) {
    const set = tagSet(tags);
    found = elements.filter((element) => set.has(element.localName.toLowerCase()));
    byTags.set(tags, found);
  }
  return found;
}

/** Elements under root carrying a class or id attribute, like querySelectorAll('[class], [id]'). */
export function elementsWithClassOrId(root: DomElement): DomElement[] {
  return descendantElements(root).filter(
    (element) => element.hasAttribute('class') || element.hasAttribute('id'),
  );
}

/** Whether element is or sits inside quoted, captioned, tabulated or code text, like closest(contentContexts) !== null. */
export function insideContentContext(element: DomElement): boolean {
  for (let current: DomElement | null = element; current !== null; current = current.parentElement)
    if (contentTags.has(current.localName.toLowerCase())) return true;
  return false;
}

/** The element's class and id, lower-cased and space-joined: what the vocabulary patterns test. Cached per pass. */
export function vocabularyOf(element: DomElement): string {
  let vocabulary = vocabularies.get(element);
  if (vocabulary === undefined) {
    vocabulary = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    vocabularies.set(element, vocabulary);
  }
  return vocabulary;
}

function entryOf(element: DomElement): ElementText {
  let entry = texts.get(element);
  if (entry === undefined) {
    entry = { raw: element.textContent ?? '' };
    texts.set(element, entry);
  }
  return entry;
}

/** element.textContent, read once per element while the tree is unchanged. */
export function textOf(element: DomElement): string {
  return entryOf(element).raw;
}

/** The element's text with whitespace runs collapsed and trimmed (as collapseText), cached like textOf. */
export function collapsedTextOf(element: DomElement): string {
  const entry = entryOf(element);
  entry.collapsed ??= entry.raw.replace(/\s+/g, ' ').trim();
  return entry.collapsed;
}

/** Whether the element's text has more than max whitespace-separated words, cached like textOf. */
export function textHasMoreWords(element: DomElement, max: number): boolean {
  const entry = entryOf(element);
  const { words, countedUpTo } = entry;
  // An exact count (below its cap), or a cap above max, answers without reading the text again.
  if (words !== undefined && countedUpTo !== undefined && (words < countedUpTo || countedUpTo > max))
    return words > max;
  // Count only as far as the question needs: containers can be long.
  entry.countedUpTo = max + 1;
  entry.words = countUpTo(entry.raw, max + 1);
  return entry.words > max;
}

function countUpTo(text: string, cap: number): number {
  const word = /\S+/g;
  let count = 0;
  while (count < cap && word.exec(text) !== null) count += 1;
  return count;
}

/**
 * Updates the pass's walk, counts and texts for element (under root) about to be removed: its subtree
 * leaves the list, each ancestor loses exactly its word count, and its ancestors' texts are dropped.
 */
export function forgetRemoved(root: DomElement, element: DomElement): void {
  for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement)
    texts.delete(ancestor);
  if (scan?.root !== root) return;
  const start = scan.elements.indexOf(element);
  const removedWords = scan.minWords.get(element);
  if (start < 0 || removedWords === undefined) {
    scan = null;
    return;
  }
  // A pre-order walk lists an element's subtree right after it.
  const end = start + 1 + listedDescendants(element);
  scan.elements = [...scan.elements.slice(0, start), ...scan.elements.slice(end)];
  scan.byTags.clear();
  for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement) {
    const count = scan.minWords.get(ancestor);
    if (count !== undefined) scan.minWords.set(ancestor, count - removedWords);
  }
}

function listedDescendants(element: DomElement): number {
  if (element.localName === 'template') return 0;
  let count = 0;
  for (const child of Array.from(element.children)) count += 1 + listedDescendants(child);
  return count;
}

/** Drops the cached walk, counts and texts: the tree changed in another way (or a new pass starts). */
export function forgetScan(): void {
  scan = null;
  texts = new WeakMap();
  vocabularies = new WeakMap();
}

function tagSet(tags: string): ReadonlySet<string> {
  let set = tagSets.get(tags);
  if (set === undefined) {
    set = new Set(tags.split(',').map((tag) => tag.trim().toLowerCase()));
    tagSets.set(tags, set);
  }
  return set;
}
