import type { AssetLinks } from '../api/archive-client.ts';

const sha256Pattern = /^[0-9a-f]{64}$/;

/** The placeholder's look, added to the article frame's stylesheet. */
export const imagePlaceholderCss =
  '.image-placeholder{display:inline-block;padding:.4em .7em;border:1px dashed currentColor;opacity:.7;font-size:.85em}';

function hostOf(reference: string): string {
  try {
    return new URL(reference.startsWith('//') ? `https:${reference}` : reference).host || reference;
  } catch {
    // Not a URL: a relative file of the saved page; its name says what is missing.
    return reference.split(/[/\\]/).pop() ?? reference;
  }
}

function placeholderFor(img: Element, reference: string): Element {
  const doc = img.ownerDocument;
  const box = doc.createElement('span');
  box.className = 'image-placeholder';
  box.setAttribute('role', 'img');
  const label = `Image not saved: ${hostOf(reference)}`;
  box.textContent = label;
  const alt = img.getAttribute('alt');
  box.setAttribute('aria-label', alt === null || alt === '' ? label : `${label} (${alt})`);
  return box;
}

/**
 * Gives images with a stored asset a URL of this transport, and replaces images that were not
 * saved with a visible placeholder naming what was blocked. Parsed with DOMParser, which loads nothing.
 */
export function showImages(html: string, assets: AssetLinks | null): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const img of doc.querySelectorAll('img[data-asset]')) {
    const sha256 = img.getAttribute('data-asset') ?? '';
    if (assets !== null && sha256Pattern.test(sha256)) img.setAttribute('src', assets.urlOf(sha256));
    else img.replaceWith(placeholderFor(img, 'library'));
  }
  for (const img of doc.querySelectorAll('img[data-remote-src], img[data-local-src]')) {
    if (img.hasAttribute('src')) continue;
    const reference = img.getAttribute('data-remote-src') ?? img.getAttribute('data-local-src') ?? '';
    img.replaceWith(placeholderFor(img, reference));
  }
  return doc.body.innerHTML;
}
