import type { DomElement } from './dom-types.ts';

// Blocks the reader chose to keep: marked so later rules leave them alone, and put back when
// Readability drops them (it scores link-heavy boxes such as "Also on …" promos as clutter).

/** Marks a kept block; the sanitizer's attribute allowlist drops it from the stored HTML. */
export const keptMarker = 'data-dossier-kept';

/** Two DOM members dom-types.ts leaves out; linkedom elements have both. */
type Sibling = DomElement & {
  readonly previousElementSibling: DomElement | null;
  after(...nodes: DomElement[]): void;
};

/** A block kept in place during a junk pass, with the text of the block before it (to find its place again). */
export interface KeptBlock {
  readonly id: string;
  readonly element: DomElement;
  readonly anchorText: string;
}

/** Marks element as the kept block `id` and remembers where it sat. */
export function keepBlock(element: DomElement, id: string): KeptBlock {
  element.setAttribute(keptMarker, id);
  return { id, element, anchorText: collapse((element as Sibling).previousElementSibling?.textContent) };
}

/** Whether element is, holds, or sits inside a kept block: removing it would take the kept block away. */
export function touchesKept(element: DomElement): boolean {
  return element.closest(`[${keptMarker}]`) !== null || element.querySelector(`[${keptMarker}]`) !== null;
}

/** Puts kept blocks missing from root back after the block they followed (or at the end when it is gone too). */
export function restoreKeptBlocks(root: DomElement, kept: readonly KeptBlock[]): void {
  for (const block of kept) {
    if (root.querySelector(`[${keptMarker}="${block.id}"]`) !== null) continue;
    const anchors =
      block.anchorText === ''
        ? []
        : Array.from(root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, figure, blockquote')).filter(
            (element) => collapse(element.textContent) === block.anchorText,
          );
    // The last match is the innermost of nested blocks with the same text.
    const anchor = anchors.at(-1);
    if (anchor === undefined) root.append(block.element);
    else (anchor as Sibling).after(block.element);
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
