// @vitest-environment jsdom
import { act, createElement, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../main/shared/ids.ts';
import { useFocusTitleWhenShown, useOpenInReader } from '../../../renderer/hooks/use-title-focus.ts';

// React's act() warns outside a test environment it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const id = (n: number): ArticleId => n as ArticleId;

/** The reader showing one article, with a button inside it that opens `target` from the reader. */
function Reader({ target, got }: { target: number; got: (open: (n: number) => void) => void }): ReactNode {
  const [shownId, setShownId] = useState<ArticleId>(id(1));
  const { openInReader, titleFocus } = useOpenInReader(setShownId);
  useFocusTitleWhenShown(titleFocus, shownId);
  // Opening from the list (not from the reader) asks for no focus.
  got((n) => {
    setShownId(id(n));
  });
  return createElement(
    'main',
    { className: 'reader' },
    createElement('h1', { className: 'article-title', tabIndex: -1 }, `Article ${shownId}`),
    // The reader's panels are made again for each article: the button pressed leaves with its page.
    createElement(
      'button',
      {
        key: shownId,
        onClick: () => {
          openInReader(id(target));
        },
      },
      `Open ${target}`,
    ),
  );
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  document.body.replaceChildren();
});

/** Mounts the reader on article 1; returns its button and a way to open an article from the list. */
function mount(target: number): { button: () => HTMLButtonElement; openFromList: (n: number) => void } {
  let openFromList: (n: number) => void = () => undefined;
  const host = document.createElement('div');
  const list = document.createElement('button');
  list.textContent = 'List';
  document.body.append(host, list);
  const root: Root = createRoot(host);
  act(() => {
    root.render(createElement(Reader, { target, got: (open) => (openFromList = open) }));
  });
  cleanup = () => {
    act(() => {
      root.unmount();
    });
  };
  return {
    button: () => {
      const button = host.querySelector('button');
      if (button === null) throw new Error('not rendered');
      return button;
    },
    openFromList: (n) => {
      act(() => {
        openFromList(n);
      });
    },
  };
}

const press = (button: HTMLButtonElement): void => {
  button.focus();
  act(() => {
    button.click();
  });
};

const focusedText = (): string | null => document.activeElement?.textContent ?? null;

describe('the focus after opening an article from inside the reader', () => {
  it('goes to the title of another article once it is shown', () => {
    const { button } = mount(2);
    press(button());
    expect(focusedText()).toBe('Article 2');
  });

  it('goes to the title when the article asked for is the one already open', () => {
    const { button } = mount(1);
    press(button());
    expect(focusedText()).toBe('Article 1');
  });

  it('leaves nothing pending that would take the focus from the list when the article is shown again', () => {
    const { button, openFromList } = mount(1);
    press(button());
    openFromList(2);
    const list = document.body.querySelector<HTMLButtonElement>('body > button');
    list?.focus();
    openFromList(1);
    expect(focusedText()).toBe('List');
  });
});
