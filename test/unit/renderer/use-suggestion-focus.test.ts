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

/** Lets the frame the hook waits for pass. */
const nextFrame = (): Promise<void> =>
  act(async () => {
    await new Promise((done) => {
      requestAnimationFrame(done);
    });
  });

/** The focused suggestion's text, or null when the focus is on no element of the page (the body). */
const focusedText = (): string | null =>
  document.activeElement === document.body ? null : (document.activeElement?.textContent ?? null);

describe('the focus after acting on a related suggestion', () => {
  it('moves to the suggestion that took the place of one dismissed', () => {
    const { focus, show } = mount();
    focus().noteAction(3 as ArticleId, 1);
    show(1, [2, 4]);
    expect(focusedText()).toBe('Article 4');
  });

  it('forgets a suggestion whose Link dialog was cancelled: its leaving later takes no focus', async () => {
    const { focus, show } = mount();
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    focus().noteAction(3 as ArticleId, 1);
    await nextFrame();
    dialog.removeAttribute('open');
    dialog.dispatchEvent(new Event('close'));
    show(1, [2, 3, 4]); // the next answer still suggests it: the link was not made

    show(1, [2, 4]); // later it leaves for another reason
    expect(focusedText()).toBeNull();
  });

  it('forgets what was done in another article', () => {
    const { focus, show } = mount();
    focus().noteAction(3 as ArticleId, 1);
    show(5, [6, 7]);
    show(5, [7]);
    expect(focusedText()).toBeNull();
  });
});
