import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../main/shared/types.ts';

/** Moving the keyboard through the suggestions, and noting the one acted on. */
export interface SuggestionFocus {
  /** Called before dismissing or linking the suggestion at `index`: once it leaves, the next takes the focus. */
  readonly noteAction: (id: ArticleId, index: number) => void;
  /** Focuses the suggestion `step` places from the one at `index`; false when there is none. */
  readonly move: (index: number, step: -1 | 1) => boolean;
}

/** The suggestion last dismissed or linked, where it was, and whether its Link dialog has closed. */
interface Acted {
  readonly id: ArticleId;
  readonly index: number;
  dialogClosed: boolean;
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
  articleId: ArticleId,
  suggestions: readonly RelatedSuggestion[] | null,
): SuggestionFocus {
  const acted = useRef<Acted | null>(null);

  // Another article's suggestions: what was done in the last one is no longer pending.
  useEffect(() => {
    acted.current = null;
  }, [articleId]);

  useEffect(() => {
    const was = acted.current;
    const section = sectionRef.current;
    if (was === null || suggestions === null || section === null) return;
    if (suggestions.some((suggestion) => suggestion.article.id === was.id)) {
      // Still suggested in an answer that came after the Link dialog closed: the link was cancelled.
      if (was.dialogClosed) acted.current = null;
      return;
    }
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
    const noted: Acted = { id, index, dialogClosed: false };
    acted.current = noted;
    // Linking opens the Link dialog (in this frame's render): note when it closes, saved or not.
    requestAnimationFrame(() => {
      document.querySelector('dialog[open]')?.addEventListener(
        'close',
        () => {
          noted.dialogClosed = true;
        },
        { once: true },
      );
    });
  }, []);
  const move = useCallback(
    (index: number, step: -1 | 1) => {
      const next = sectionRef.current?.querySelectorAll<HTMLElement>(itemSelector)[index + step];
      next?.focus();
      return next !== undefined;
    },
    [sectionRef],
  );
  return { noteAction, move };
}
