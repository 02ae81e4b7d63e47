// Readability returns the article's container, so a writing direction declared once on
// <html dir="rtl"> (as Arabic and Hebrew sites do) is lost and the reader would lay the
// text out left to right. The page's direction is copied onto the article's top elements.
import type { DomDocument, DomElement } from './dom-types.ts';

/** A writing direction a page can declare. */
export type TextDirection = 'rtl' | 'ltr';

/** The direction the page declares on <html> or <body>, or null when it declares none (or "auto"). */
export function pageDirection(document: DomDocument): TextDirection | null {
  for (const element of [document.documentElement, document.body]) {
    const dir = element?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}

/** Gives the article's top-level elements the page's direction unless the article already declares one. */
export function carryDirection(document: DomDocument, article: DomElement): void {
  const dir = pageDirection(document);
  if (dir === null || article.hasAttribute('dir')) return;
  const top = Array.from(article.children);
  // An article that sets its own direction at the top knows better than the page.
  if (top.some((element) => element.hasAttribute('dir'))) return;
  for (const element of top) element.setAttribute('dir', dir);
}
