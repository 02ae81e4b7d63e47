import createDOMPurify from 'dompurify';
import { createRequire } from 'node:module';

// DOMPurify is the last line of defence over the article HTML, after the allowlist
// rebuild in sanitize-article.ts. It needs a real DOM implementation: on linkedom it
// silently returns its input unchanged (see sanitize-article.ts), so it runs on one
// jsdom window per thread. Its input here is already clean, short article HTML,
// which jsdom parses without trouble (it only throws on some raw saved pages).
// Cost, measured on the golden fixtures: ~0.7–1.3 ms per page and ~130 ms once per thread.

type Purifier = ReturnType<typeof createDOMPurify>;

/** No script, no event handlers, no styles, forms, frames or embeds; data-* attributes stay (data-remote-src, data-asset). */
const purifyConfig = {
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'svg',
    'math',
    'iframe',
    'object',
    'embed',
    'base',
    'link',
    'meta',
  ],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster'],
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

let purifier: Purifier | null = null;

function getPurifier(): Purifier {
  if (purifier === null) {
    // jsdom takes ~100 ms to load: required on first use, so processes that never clean
    // (the UI host, `dossier search`) do not pay for it.
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    purifier = createDOMPurify(window);
    // Reading must never reach the network: only inline data: images keep a src.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const src = node.getAttribute('src');
      if (src !== null && !src.trim().toLowerCase().startsWith('data:image/')) node.removeAttribute('src');
    });
    // Set once rather than passed to every sanitize() call, which would rebuild the allow/forbid sets each time.
    purifier.setConfig(purifyConfig);
  }
  return purifier;
}

/** Sanitizes article HTML with DOMPurify: no script, no event handlers, no styles, forms, frames or embeds. */
export function purifyHtml(html: string): string {
  return getPurifier().sanitize(html);
}
