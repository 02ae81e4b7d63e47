import type { RemovedKind } from '../../shared/types.ts';
import { isElement, type DomElement, type DomNode } from './dom-types.ts';
import { keepBlock, restoreKeptBlocks, touchesKept, type KeptBlock } from './junk-rules-kept.ts';
import {
  collapsedTextOf,
  elementsByTags,
  elementsWithClassOrId,
  forgetRemoved,
  forgetScan,
  insideContentContext,
  minWordCount,
  textHasMoreWords,
  vocabularyOf,
} from './junk-rule-scan.ts';
import { proseExceeds } from './junk-rule-word-counts.ts';

/** What kind of page furniture a junk rule removes. */
export type JunkKind = RemovedKind;

/** One block a junk rule removed, kept so removals can be audited. */
export interface RemovedBlock {
  /** Stable id `${rule}:${n}`: the rule's nth removal on this page, the same for the same bytes and options. */
  readonly id: string;
  readonly rule: string;
  readonly kind: JunkKind;
  /** The removed block's text, whitespace collapsed (a tag description when it had no text). */
  readonly text: string;
}

/** A named, general rule that removes one kind of page furniture under `root` and reports what it removed. */
export interface JunkRule {
  readonly name: string;
  readonly kind: JunkKind;
  readonly remove: (root: DomElement, context: RemovalContext) => RemovedBlock[];
}

/** Options for one cleaning run: rules to skip and block ids to leave in place. */
export interface RemovalOptions {
  readonly disabledRules?: readonly string[];
  readonly keptBlocks?: readonly string[];
}

/** Shared by every junk pass over one page, so block numbering continues across passes. */
export interface RemovalContext {
  readonly disabledRules: ReadonlySet<string>;
  readonly keptBlocks: ReadonlySet<string>;
  /** Removals numbered so far, per rule. */
  readonly counters: Map<string, number>;
  /** Blocks kept so far, put back if Readability drops them between the passes. */
  readonly kept: KeptBlock[];
}

/** A fresh removal context for one page. */
export function removalContext(options: RemovalOptions = {}): RemovalContext {
  return {
    disabledRules: new Set(options.disabledRules ?? []),
    keptBlocks: new Set(options.keptBlocks ?? []),
    counters: new Map(),
    kept: [],
  };
}

/** Where text patterns must never fire: quoted, captioned or tabulated text is content even when it says "subscribe". */
export const contentContexts = 'blockquote, q, figcaption, table, pre, code';

/** Longest removed text kept in a RemovedBlock. */
const maxReportedText = 300;

/** Runs rules in order over root (first putting back kept blocks an earlier step dropped) and returns what they removed. */
export function runJunkRules(
  root: DomElement,
  rules: readonly JunkRule[],
  context: RemovalContext = removalContext(),
): RemovedBlock[] {
  restoreKeptBlocks(root, context.kept);
  forgetScan();
  const removed = rules.flatMap((rule) => rule.remove(root, context));
  forgetScan();
  return removed;
}

/** Removes each element still attached under root (an earlier removal may have taken it with an ancestor). */
export function removeElements(
  rule: Pick<JunkRule, 'name' | 'kind'>,
  root: DomElement,
  elements: Iterable<DomElement>,
  context: RemovalContext,
): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const element of elements) {
    if (element === root || !root.contains(element) || touchesKept(element)) continue;
    const n = context.counters.get(rule.name) ?? 0;
    context.counters.set(rule.name, n + 1);
    const id = `${rule.name}:${n}`;
    // A disabled rule still finds its blocks, but keeps them all: like kept blocks, they must survive Readability.
    if (context.keptBlocks.has(id) || context.disabledRules.has(rule.name)) {
      context.kept.push(keepBlock(element, id));
      continue;
    }
    removed.push({ id, rule: rule.name, kind: rule.kind, text: describe(element) });
    forgetRemoved(root, element);
    element.remove();
  }
  return removed;
}

/** Elements under root whose class or id vocabulary matches pattern and that hold little prose of their own. */
export function findByVocabulary(root: DomElement, pattern: RegExp, maxProseWords: number): DomElement[] {
  return elementsWithClassOrId(root).filter((element) => {
    return pattern.test(vocabularyOf(element)) && isFurnitureSized(element, maxProseWords);
  });
}

/** Elements under root matching selector (a comma-separated tag list) whose whole collapsed text matches pattern, outside content contexts. */
export function findByText(
  root: DomElement,
  selector: string,
  pattern: RegExp,
  maxWords: number,
): DomElement[] {
  return elementsByTags(root, selector).filter((element) => {
    // Big containers are most candidates; reading their whole text once each dominated cleaning time.
    if (minWordCount(root, element) > maxWords) return false;
    if (textHasMoreWords(element, maxWords)) return false;
    return pattern.test(collapsedTextOf(element)) && !insideContentContext(element);
  });
}

/** Whether an element is small enough to be furniture: no headline, no quotes or tables, little prose outside links. */
export function isFurnitureSized(element: DomElement, maxProseWords: number): boolean {
  if (insideContentContext(element)) return false;
  if (element.querySelector('h1, blockquote, table') !== null) return false;
  return !proseExceeds(element, maxProseWords);
}

/** The element's text excluding the text of its links (link text is navigation, not prose). */
export function textOutsideLinks(node: DomNode): string {
  if (isElement(node) && node.localName === 'a') return ' ';
  if (!isElement(node)) return node.nodeType === 3 ? (node.textContent ?? '') : ' ';
  return Array.from(node.childNodes, textOutsideLinks).join(' ');
}

/** Collapses whitespace runs to single spaces and trims. */
export function collapseText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function describe(element: DomElement): string {
  const text = collapseText(element.textContent);
  if (text !== '') return text.length > maxReportedText ? `${text.slice(0, maxReportedText - 1)}…` : text;
  const className = collapseText(element.getAttribute('class'));
  return className === '' ? `<${element.localName}>` : `<${element.localName} class="${className}">`;
}
