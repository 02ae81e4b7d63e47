import type { DomDocument, DomNode } from './dom-types.ts';
import { estimateNesting } from './estimate-nesting.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** How big a parsed page may be before the cleaner refuses it. */
export interface DomLimits {
  /** Nodes of every kind (elements, text, comments) in the whole document. */
  readonly maxNodes: number;
  /** Nesting depth: the document element is at depth 1. */
  readonly maxDepth: number;
}

/**
 * The limits of one saved page. Real pages are far below both: the largest fixture has 339 nodes and
 * depth 10, a very long article (thousands of paragraphs and comments) stays under 100k nodes, and
 * browsers' HTML parsers stop nesting at 512 levels, so a page saved from a browser is never deeper.
 * Above them, the cleaner's recursive walks and Readability would exhaust the worker's stack, memory or
 * time (about 0.25 ms and 2 KB of heap per node) instead of failing clearly.
 */
export const defaultDomLimits: DomLimits = { maxNodes: 200_000, maxDepth: 512 };

/** What a walk of a document found; it stops at the first limit exceeded. */
export interface DomSize {
  readonly nodes: number;
  readonly depth: number;
  readonly exceeded: 'nodes' | 'depth' | null;
}

/** Counts a document's nodes and nesting depth without recursion (a hostile page may nest 100,000 deep). */
export function measureDom(document: DomDocument, limits: DomLimits = defaultDomLimits): DomSize {
  const root = document.documentElement;
  if (root === null) return { nodes: 0, depth: 0, exceeded: null };
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 1 }];
  let nodes = 0;
  let depth = 0;
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    nodes += 1;
    if (entry.depth > depth) depth = entry.depth;
    if (nodes > limits.maxNodes) return { nodes, depth, exceeded: 'nodes' };
    if (depth > limits.maxDepth) return { nodes, depth, exceeded: 'depth' };
    for (const child of entry.node.childNodes) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return { nodes, depth, exceeded: null };
}

/** Fails a page with more nodes or deeper nesting than the limits allow, as 'too-complex'. */
export function checkDomLimits(
  document: DomDocument,
  fileName: string,
  limits: DomLimits = defaultDomLimits,
): Result<DomSize> {
  const size = measureDom(document, limits);
  if (size.exceeded === 'nodes') {
    return fail('too-complex', `${fileName} has more than ${limits.maxNodes} elements and text nodes`);
  }
  if (size.exceeded === 'depth') {
    return fail('too-complex', `${fileName} nests elements more than ${limits.maxDepth} levels deep`);
  }
  return ok(size);
}

/**
 * How far above the depth limit the markup's estimated nesting may go before the page is refused
 * unparsed. The estimate errs low and may be off for odd markup, so the margin is wide; the parsed
 * document's own check (above) applies the real limit. Parsing up to this depth takes well under a second.
 */
const unparsedDepthFactor = 8;

/** Fails markup that certainly nests far deeper than the limit, before paying for parsing it. */
export function checkHtmlNesting(
  html: string,
  fileName: string,
  limits: DomLimits = defaultDomLimits,
): Result<true> {
  const ceiling = limits.maxDepth * unparsedDepthFactor;
  if (estimateNesting(html, ceiling) <= ceiling) return ok(true);
  return fail('too-complex', `${fileName} nests elements more than ${limits.maxDepth} levels deep`);
}
