import createDOMPurify from 'dompurify';

// The sink-side sanitizer. The stored article HTML was already rebuilt from a strict
// allowlist when it was cleaned (main/core/clean/sanitize-article.ts); DOMPurify runs here,
// on the browser's own DOM, right before the HTML enters the reader frame. That is where
// it is fully supported and fast, and it checks the markup with the parser that will
// actually render it (no parser-difference mutation between a Node DOM and Chromium).

type Purifier = ReturnType<typeof createDOMPurify>;

/** No script, no event handlers, no styles, forms, frames or embeds; data-* attributes stay (data-asset, data-remote-src). */
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
    purifier = createDOMPurify(window);
    // Reading must never reach the network: only inline data: images keep a src
    // (stored images get their URL afterwards, from data-asset, in show-images.ts).
    purifier.addHook('afterSanitizeAttributes', (node) => {
      const src = node.getAttribute('src');
      if (src !== null && !src.trim().toLowerCase().startsWith('data:image/')) node.removeAttribute('src');
    });
    // Set once rather than passed to every sanitize() call, which would rebuild the allow/forbid sets each time.
    purifier.setConfig(purifyConfig);
  }
  return purifier;
}

/** Sanitizes stored article HTML with DOMPurify on the native DOM; shows nothing if DOMPurify cannot run here. */
export function purifyArticle(html: string): string {
  const active = getPurifier();
  // Without a supported DOM, DOMPurify returns its input unchanged: fail closed instead.
  return active.isSupported ? active.sanitize(html) : '';
}
