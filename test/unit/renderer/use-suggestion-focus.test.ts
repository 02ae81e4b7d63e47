// @vitest-environment jsdom
import { act, createElement, useRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../main/shared/ids.ts';
import type { RelatedSuggestion } from '../../../main/shared/types.ts';
import { useSuggestionFocus, type SuggestionFocus } from '../../../renderer/hooks/use-suggestion-focus.ts';

// React's act() warns outside a test environment it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const suggestion = (n: number): RelatedSuggestion =>
  ({ article: { id: n as ArticleId }, score: 0.6, reasons: [], summary: '' }) as unknown as RelatedSuggestion;

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.replaceChildren();
});

/** The related-suggestions section of article `articleId` listing `ids`, with the hook's handle. */
function List({
  articleId,
  ids,
  got,
}: {
  articleId: number;
  ids: number[];
  got: (f: SuggestionFocus) => void;
}): ReactNode {
  const section = useRef<HTMLElement>(null);
  got(useSuggestionFocus(section, articleId as ArticleId, ids.map(suggestion)));
  return createElement(
    'section',
    { ref: section },
    createElement('h3', { tabIndex: -1 }, 'Related stories'),
    ids.map((n) => createElement('li', { key: n, tabIndex: -1, 'data-suggestion-id': n }, `Article ${n}`)),
  );
}

/** Mounts the list; `show` renders it again for another article or other suggestions. */
function mount(): { focus: () => SuggestionFocus; show: (articleId: number, ids: number[]) => void } {
  let focus: SuggestionFocus | null = null;
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  const show = (articleId: number, ids: number[]): void => {
    act(() => {
      root.render(createElement(List, { articleId, ids, got: (f) => (focus = f) }));
    });
  };
  show(1, [2, 3, 4]);
  cleanup = () => {
    act(() => {
      root.unmount();
    });
  };
  return {
    focus: () => {
      if (focus === null) throw new Error('not rendered');
      return focus;
    },
    show,
  };
}

/** The focused suggestion's text, or null when the focus is on no element of the page (the body). */
const focusedText = (): string | null =>
  document.activeElement === document.body ? null : (document.activeElement?.textContent ?? null);

describe('the focus after acting on a related suggestion', () => {
  it('moves to the suggestion that took the place of one dismissed', () => {
    const { focus, show } = mount();
    focus().dismissing(3 as ArticleId, 1);
    show(1, [2, 4]);
    expect(focusedText()).toBe('Article 4');
  });

  it('waits on the heading when the last suggestion leaves, and moves to the first the next answer lists', () => {
    const { focus, show } = mount();
    show(1, [4]);
    focus().dismissing(4 as ArticleId, 0);
    show(1, []); // hidden at once, before the answer
    expect(focusedText()).toBe('Related stories');

    show(1, [5, 6]); // the answer after the dismissal lists others
    expect(focusedText()).toBe('Article 5');
  });

  it('stops waiting on the heading once the focus has left it', () => {
    const { focus, show } = mount();
    show(1, [4]);
    focus().dismissing(4 as ArticleId, 0);
    show(1, []);
    (document.activeElement as HTMLElement).blur();
    show(1, [5, 6]);
    expect(focusedText()).toBeNull();
  });

  it('after a saved link, waits for the answer that no longer lists the linked suggestion, then moves to the next', () => {
    const { focus, show } = mount();
    focus().linkClosed(3 as ArticleId, 1, 'saved');
    show(1, [2, 3, 4]); // an answer asked for before the link was made still lists it
    expect(focusedText()).toBeNull();

    show(1, [2, 4]);
    expect(focusedText()).toBe('Article 4');
  });

  it('moves at once when the answer without the linked suggestion came before its dialog closed', () => {
    const { focus, show } = mount();
    show(1, [2, 4]);
    focus().linkClosed(3 as ArticleId, 1, 'saved');
    expect(focusedText()).toBe('Article 4');
  });

  it('after a cancelled link, gives the focus back to the same suggestion, and its leaving later takes none', () => {
    const { focus, show } = mount();
    focus().linkClosed(3 as ArticleId, 1, 'cancelled');
    expect(focusedText()).toBe('Article 3');

    (document.activeElement as HTMLElement).blur();
    show(1, [2, 4]); // later it leaves for another reason
    expect(focusedText()).toBeNull();
  });

  it('takes the focus from nowhere outside the list', () => {
    const { focus, show } = mount();
    const search = document.createElement('input');
    document.body.append(search);
    search.focus();
    focus().linkClosed(3 as ArticleId, 1, 'cancelled');
    focus().dismissing(2 as ArticleId, 0);
    show(1, [3, 4]);
    expect(document.activeElement).toBe(search);
  });

  it('forgets what was done in another article', () => {
    const { focus, show } = mount();
    focus().dismissing(3 as ArticleId, 1);
    show(5, [6, 7]);
    show(5, [7]);
    expect(focusedText()).toBeNull();
  });
});
