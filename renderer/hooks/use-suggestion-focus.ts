import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../main/shared/types.ts';
import { focusInList, focusNeighbour } from './suggestion-list-focus.ts';
import type { LinkOutcome } from './use-links-reader.ts';

/** Moving the keyboard through the suggestions, and noting the one acted on. */
export interface SuggestionFocus {
  /** Called when the suggestion at `index` is dismissed: once it leaves, the next takes the focus. */
  readonly dismissing: (id: ArticleId, index: number) => void;
  /** Called when the Link dialog of the suggestion at `index` has closed: saved, as `dismissing`; cancelled, it keeps the focus. */
  readonly linkClosed: (id: ArticleId, index: number, outcome: LinkOutcome) => void;
  /** Focuses the suggestion `step` places from the one at `index`; false when there is none. */
  readonly move: (index: number, step: -1 | 1) => boolean;
}

/**
 * Keeps the keyboard in the related-suggestions list: when the suggestion acted on leaves it (dismissed,
 * or linked and so no longer suggested), the one that took its place takes the focus (else the last,
 * else the list's heading), so A or D can be pressed again. Focus is only moved when it was lost with
 * the item (or is still in the list), never taken from elsewhere.
 */
export function useSuggestionFocus(
  sectionRef: RefObject<HTMLElement | null>,
  articleId: ArticleId,
  suggestions: readonly RelatedSuggestion[] | null,
): SuggestionFocus {
  // The suggestion dismissed or linked, where it was, until it leaves the list (and, when none was
  // left, until the next answer fills it while the focus waits on the heading).
  const leaving = useRef<{
    readonly id: ArticleId;
    readonly index: number;
    readonly onHeading?: true;
  } | null>(null);
  const shown = useRef(suggestions);

  const afterLeaving = useCallback(() => {
    const was = leaving.current;
    if (was === null || shown.current === null || shown.current.some((s) => s.article.id === was.id)) return;
    const heading = sectionRef.current?.querySelector('h3');
    if (was.onHeading === true && document.activeElement !== heading) {
      leaving.current = null;
      return;
    }
    const focused = focusInList(sectionRef.current, (items) => items[Math.min(was.index, items.length - 1)]);
    // A dismissal hides the last one at once; the answer after it may list others.
    leaving.current = focused !== null && focused === heading ? { ...was, index: 0, onHeading: true } : null;
  }, [sectionRef]);

  // Another article's suggestions: what was done in the last one is no longer pending.
  useEffect(() => {
    leaving.current = null;
  }, [articleId]);
  useEffect(() => {
    shown.current = suggestions;
    afterLeaving();
  }, [suggestions, afterLeaving]);

  const dismissing = useCallback(
    (id: ArticleId, index: number) => {
      leaving.current = { id, index };
      afterLeaving();
    },
    [afterLeaving],
  );
  const linkClosed = useCallback(
    (id: ArticleId, index: number, outcome: LinkOutcome) => {
      if (outcome === 'saved') dismissing(id, index);
      else
        focusInList(sectionRef.current, (items) =>
          items.find((item) => item.dataset['suggestionId'] === String(id)),
        );
    },
    [dismissing, sectionRef],
  );
  const move = useCallback(
    (index: number, step: -1 | 1) => focusNeighbour(sectionRef.current, index, step),
    [sectionRef],
  );
  return { dismissing, linkClosed, move };
}
