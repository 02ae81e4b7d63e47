import { parseDocument } from '../clean/parse-document.ts';
import type { DomDocument } from '../clean/dom-types.ts';
import { assetReferenceKeys } from './asset-reference.ts';

/** Where the sanitizer leaves image references it did not load (see sanitize-article.ts). */
const referenceAttributes = ['data-local-src', 'data-remote-src'] as const;
const imageSelector =
  'img[data-local-src], img[data-remote-src], source[data-local-src], source[data-remote-src]';

function parseArticle(html: string): DomDocument | null {
  const parsed = parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'article');
  return parsed.ok ? parsed.value : null;
}

/** The image references (as written) in sanitized article HTML. */
export function imageReferences(html: string): readonly string[] {
  const document = parseArticle(html);
  if (document === null) return [];
  return Array.from(document.querySelectorAll(imageSelector)).flatMap((element) =>
    referenceAttributes.flatMap((name) => {
      const value = element.getAttribute(name);
      return value === null ? [] : [value];
    }),
  );
}

/** The asset an image reference resolves to through an article's reference → sha256 map, or null. */
export function resolveAsset(
  raw: string,
  pageUrl: string | null,
  links: ReadonlyMap<string, string>,
): string | null {
  for (const key of assetReferenceKeys(raw, pageUrl)) {
    const sha256 = links.get(key);
    if (sha256 !== undefined) return sha256;
  }
  return null;
}

/**
 * Rewrites sanitized article HTML so that images with a stored asset carry `data-asset="<sha256>"`
 * (a neutral reference each transport maps to its own URL) instead of their original reference.
 * Others keep data-remote-src / data-local-src and are shown as placeholders.
 */
export function linkAssets(html: string, pageUrl: string | null, links: ReadonlyMap<string, string>): string {
  if (links.size === 0 || html === '') return html;
  const document = parseArticle(html);
  if (document?.body === null || document === null) return html;
  let changed = false;
  for (const element of Array.from(document.querySelectorAll(imageSelector))) {
    for (const name of referenceAttributes) {
      const value = element.getAttribute(name);
      const sha256 = value === null ? null : resolveAsset(value, pageUrl, links);
      if (sha256 === null) continue;
      element.removeAttribute(name);
      element.setAttribute('data-asset', sha256);
      changed = true;
    }
  }
  // Same parser (linkedom) as the allowlist rebuild that produced it, and only data-* attributes changed;
  // the renderer purifies again with DOMPurify on its own DOM before display (purify-article.ts).
  return changed ? document.body.innerHTML : html;
}
