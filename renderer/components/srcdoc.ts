import { readerFrameCss } from '../styles/reader-frame-css.ts';

const cleanPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const originalPolicy = "default-src 'none'; style-src 'unsafe-inline'";

/** A language tag from the page, kept only if it looks like one (it lands in an attribute). */
function safeLang(lang: string | null): string {
  return lang !== null && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? ` lang="${lang}"` : '';
}

/** The sanitized article inside a document that can load nothing and carries the reader stylesheet. */
export function cleanSrcdoc(html: string, lang: string | null): string {
  return (
    `<!doctype html><html${safeLang(lang)}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${cleanPolicy}">` +
    `<meta name="color-scheme" content="light dark"><style>${readerFrameCss}</style></head>` +
    `<body>${html}</body></html>`
  );
}

/**
 * The raw original, parsed inertly (no script runs in a DOMParser document) to drop what
 * could redirect or relax the frame, then prefixed with a policy that forbids every load.
 */
export function originalSrcdoc(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll('meta[http-equiv], base, script, iframe, object, embed')) {
    element.remove();
  }
  const serialized = doc.documentElement.outerHTML;
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${originalPolicy}">${serialized}`;
}
