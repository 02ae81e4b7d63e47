import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

/** An article opened from inside the reader, and the element that had the focus then. */
export interface TitleFocusRequest {
  readonly id: ArticleId;
  readonly from: Element | null;
}

/** The request waiting for its article to be shown (null: none), and how the reader settles it. */
export interface TitleFocus {
  readonly request: TitleFocusRequest | null;
  readonly settle: (request: TitleFocusRequest) => void;
}

/**
 * Opening an article from inside the reader (a link, a suggestion, the graph, a thread, an entity
 * page): returns that open, noting where the focus was. The button pressed leaves with the page it
 * was on, and the focus fell to the page's body, so Tab started again from the top.
 */
export function useOpenInReader(open: (id: ArticleId) => void): {
  readonly openInReader: (id: ArticleId) => void;
  readonly titleFocus: TitleFocus;
} {
  // State, not a ref: each request is a new object, so the reader sees it even when it asks for the
  // article already shown (whose id does not change), and settles it rather than leaving it pending.
  const [request, setRequest] = useState<TitleFocusRequest | null>(null);
  const openInReader = useCallback(
    (id: ArticleId) => {
      setRequest({ id, from: document.activeElement });
      open(id);
    },
    [open],
  );
  const settle = useCallback((done: TitleFocusRequest) => {
    setRequest((current) => (current === done ? null : current));
  }, []);
  return { openInReader, titleFocus: { request, settle } };
}

/**
 * Once the article asked for is shown, its title takes the focus, unless the reader has put it
 * elsewhere meanwhile (only from the control pressed, if it is still there, or from nowhere).
 */
export function useFocusTitleWhenShown(titleFocus: TitleFocus | undefined, shownId: ArticleId | null): void {
  const asked = titleFocus?.request ?? null;
  const settle = titleFocus?.settle;
  useEffect(() => {
    if (settle === undefined || asked === null || asked.id !== shownId) return;
    settle(asked);
    const active = document.activeElement;
    // The control pressed usually leaves with its page, and the focus falls to the body; focus put
    // anywhere else meanwhile (the search box, the list) was put there by the researcher: keep it.
    if (active === null || active === document.body || active === asked.from)
      document.querySelector<HTMLElement>('.reader .article-title')?.focus();
  }, [asked, settle, shownId]);
}
