const itemSelector = '[data-suggestion-id]';

/**
 * In the related-suggestions `section`, focuses the suggestion `pick` chooses, else the list's heading,
 * when the focus is lost (on the page's body) or already in the section, never taking it from
 * elsewhere; returns the element focused, or null.
 */
export function focusInList(
  section: HTMLElement | null,
  pick: (items: readonly HTMLElement[]) => HTMLElement | undefined,
): HTMLElement | null {
  const active = document.activeElement;
  if (section === null || (active !== null && active !== document.body && !section.contains(active)))
    return null;
  const next = pick([...section.querySelectorAll<HTMLElement>(itemSelector)]) ?? section.querySelector('h3');
  next?.focus();
  return next;
}

/** Focuses the suggestion `step` places from the one at `index`; false when there is none. */
export function focusNeighbour(section: HTMLElement | null, index: number, step: -1 | 1): boolean {
  const next = section?.querySelectorAll<HTMLElement>(itemSelector)[index + step];
  next?.focus();
  return next !== undefined;
}
