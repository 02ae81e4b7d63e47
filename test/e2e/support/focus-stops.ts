import type { Page } from '@playwright/test';

/** Where the keyboard focus is after a Tab, as a keyboard user would name it. */
export interface FocusStop {
  /** The control's label or text; `frame: <title> > <tag>` inside a reader frame; `(page)` when nothing is focused. */
  readonly name: string;
  /** Whether the stop shows a focus ring (it matches :focus-visible). */
  readonly isVisible: boolean;
}

/** The page's focused element, named; an iframe is named by its title and its own focus is read by the caller. */
function describeWindowFocus(): { name: string; isVisible: boolean; isFrame: boolean } {
  const element = document.activeElement;
  if (element === null || element === document.body)
    return { name: '(page)', isVisible: false, isFrame: false };
  if (element instanceof HTMLIFrameElement) return { name: element.title, isVisible: false, isFrame: true };
  const text = element.getAttribute('aria-label') ?? element.textContent;
  return {
    name: text.trim().replace(/\s+/g, ' '),
    isVisible: element.matches(':focus-visible'),
    isFrame: false,
  };
}

/** The focused element inside a frame's document, if that document has the focus. */
function describeFrameFocus(): { tag: string; isVisible: boolean } | null {
  const element = document.activeElement;
  if (!document.hasFocus() || element === null) return null;
  return { tag: element.tagName.toLowerCase(), isVisible: element.matches(':focus-visible') };
}

/**
 * The current focus stop. A frame's inner focus is read through Playwright's frame handle, so it
 * works for the Original view's frame too (an opaque origin the window cannot look into).
 */
export async function focusStop(page: Page): Promise<FocusStop> {
  const outer = await page.evaluate(describeWindowFocus);
  if (!outer.isFrame) return { name: outer.name, isVisible: outer.isVisible };
  for (const frame of page.frames()) {
    const owner = await frame.frameElement().catch(() => null);
    if (owner === null || (await owner.getAttribute('title')) !== outer.name) continue;
    const inner = await frame.evaluate(describeFrameFocus);
    // A frame focused with no element in it: the focus is somewhere nobody can see.
    if (inner === null) return { name: `frame: ${outer.name}`, isVisible: false };
    return { name: `frame: ${outer.name} > ${inner.tag}`, isVisible: inner.isVisible };
  }
  return { name: `frame: ${outer.name}`, isVisible: false };
}

/** Presses `key` up to `limit` times and returns each stop, ending at the first stop named `until`. */
export async function walkFocus(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  until: string,
  limit = 40,
): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    stops.push(stop);
    if (stop.name === until) return stops;
  }
  return stops;
}
