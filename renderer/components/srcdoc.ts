import type { AssetLinks } from '../api/archive-client.ts';
import { frameFocusCss } from '../styles/frame-focus-css.ts';
import { readerFrameCss } from '../styles/reader-frame-css.ts';
import { purifyArticle } from './purify-article.ts';
import { imagePlaceholderCss, showImages } from './show-images.ts';
import { directionOfLang } from './text-direction.ts';

/** Images may come only from data: and the library's own asset URLs (never the network). */
function cleanPolicy(assets: AssetLinks | null): string {
  const imageSources = assets === null ? 'data:' : `data: ${assets.policySource}`;
  return `default-src 'none'; style-src 'unsafe-inline'; img-src ${imageSources}`;
}
const originalPolicy = "default-src 'none'; style-src 'unsafe-inline'";

/** A language tag from the page, kept only if it looks like one (it lands in an attribute). */
function safeLang(lang: string | null): string {
  return lang !== null && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? ` lang="${lang}"` : '';
}

/** The article, purified again with DOMPurify on this DOM (the sink), inside a document that can load nothing but its stored images, with the reader stylesheet. */
export function cleanSrcdoc(html: string, lang: string | null, assets: AssetLinks | null = null): string {
  return (
    // dir from lang: a page that declared only lang="ar" (no dir to carry) still reads right to left.
    `<!doctype html><html${safeLang(lang)}${directionOfLang(lang) === 'rtl' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${cleanPolicy(assets)}">` +
    `<meta name="color-scheme" content="light dark"><style>${readerFrameCss}${imagePlaceholderCss}${frameFocusCss}</style></head>` +
    `<body>${showImages(purifyArticle(html), assets)}</body></html>`
  );
}

/**
 * The raw original, parsed inertly (no script runs in a DOMParser document) to drop what
 * could redirect or relax the frame, then prefixed with a policy that forbids every load.
 */
export function originalSrcdoc(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll('meta[http-equiv], base, link, script, iframe, object, embed')) {
    element.remove();
  }
  // An empty sandbox still lets a frame navigate itself: a clicked link would load the live page
  // (and its ping) inside the reader. Links keep their text and show where they led, as a tooltip.
  for (const link of doc.querySelectorAll('a, area')) {
    const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
    if (href?.startsWith('#') === true) continue;
    for (const name of ['href', 'xlink:href', 'ping', 'target']) link.removeAttribute(name);
    if (href !== null && !link.hasAttribute('title')) link.setAttribute('title', href);
  }
  // A frame from another origin with nothing focusable in it is skipped by Tab, so the keys could
  // never scroll the page: its body is the stop, and the ring shows where the focus went.
  doc.body.setAttribute('tabindex', '0');
  const ring = doc.createElement('style');
  ring.textContent = frameFocusCss;
  doc.head.append(ring);
  const serialized = doc.documentElement.outerHTML;
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${originalPolicy}">${serialized}`;
}
