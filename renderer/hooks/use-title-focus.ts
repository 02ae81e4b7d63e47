import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

/** An article opened from inside the reader, and the element that had the focus then. */
export interface TitleFocusRequest {
  readonly id: ArticleId;
  readonly from: Element | null;
}

/**
 * Opening an article from inside the reader (a link, a suggestion, the graph, a thread, an entity
 * page): returns that open, noting where the focus was. The button pressed leaves with the page it
 * was on, and the focus fell to the page's body, so Tab started again from the top.
 */
export function useOpenInReader(open: (id: ArticleId) => void): {
  readonly openInReader: (id: ArticleId) => void;
  readonly request: RefObject<TitleFocusRequest | null>;
} {
  const request = useRef<TitleFocusRequest | null>(null);
  const openInReader = useCallback(
    (id: ArticleId) => {
      request.current = { id, from: document.activeElement };
      open(id);
    },
    [open],
  );
  return { openInReader, request };
}

/**
 * Once the article asked for is shown, its title takes the focus, unless the reader has put it
 * elsewhere meanwhile (only from the control pressed, gone or still there, or from nowhere).
 */
export function useFocusTitleWhenShown(
  requestRef: RefObject<TitleFocusRequest | null> | undefined,
  shownId: ArticleId | null,
): void {
  useEffect(() => {
    const asked = requestRef?.current ?? null;
    if (requestRef === undefined || asked === null || asked.id !== shownId) return;
    requestRef.current = null;
    const active = document.activeElement;
    if (active === null || active === document.body || active === asked.from || !asked.from?.isConnected)
      document.querySelector<HTMLElement>('.reader .article-title')?.focus();
  }, [requestRef, shownId]);
}
