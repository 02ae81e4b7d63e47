import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../main/shared/types.ts';

/** Moving the keyboard through the suggestions, and noting the one acted on. */
export interface SuggestionFocus {
  /** Called before dismissing or linking the suggestion at `index`: once it leaves, the next takes the focus. */
  readonly noteAction: (id: ArticleId, index: number) => void;
  /** Focuses the suggestion `step` places from the one at `index`. */
  readonly move: (index: number, step: -1 | 1) => void;
}

const itemSelector = '[data-suggestion-id]';

/**
 * Keeps the keyboard in the related-suggestions list: when the suggestion acted on leaves it (dismissed,
 * or linked and so no longer suggested), the one that took its place takes the focus (else the last,
 * else the list's heading), so A or D can be pressed again. Focus is only moved when it was lost with
 * the item, never taken from elsewhere.
 */
export function useSuggestionFocus(
  sectionRef: RefObject<HTMLElement | null>,
  suggestions: readonly RelatedSuggestion[] | null,
): SuggestionFocus {
  const acted = useRef<{ id: ArticleId; index: number } | null>(null);

  useEffect(() => {
    const was = acted.current;
    const section = sectionRef.current;
    if (was === null || suggestions === null || section === null) return;
    if (suggestions.some((suggestion) => suggestion.article.id === was.id)) return;
    acted.current = null;
    const refocus = (): void => {
      const active = document.activeElement;
      if (active !== null && active !== document.body && !section.contains(active)) return;
      const items = section.querySelectorAll<HTMLElement>(itemSelector);
      const next = items[Math.min(was.index, items.length - 1)] ?? section.querySelector<HTMLElement>('h3');
      next?.focus();
    };
    // Linked: the Link dialog may still be closing; the focus it hands back decides.
    const dialog = document.querySelector('dialog[open]');
    if (dialog === null) refocus();
    else
      dialog.addEventListener(
        'close',
        () => {
          requestAnimationFrame(refocus);
        },
        { once: true },
      );
  }, [sectionRef, suggestions]);

  const noteAction = useCallback((id: ArticleId, index: number) => {
    acted.current = { id, index };
  }, []);
  const move = useCallback(
    (index: number, step: -1 | 1) => {
      sectionRef.current?.querySelectorAll<HTMLElement>(itemSelector)[index + step]?.focus();
    },
    [sectionRef],
  );
  return { noteAction, move };
}
