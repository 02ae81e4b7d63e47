/** What a URL in saved HTML would do if the reader followed or loaded it. */
export type UrlKind = 'remote' | 'local' | 'fragment' | 'mail' | 'data-image' | 'unsafe';

/** Raster image data URIs are inert in <img> (SingleFile inlines pictures this way); SVG is left out on purpose. */
const dataImage = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif);base64,/i;

/** Classifies a URL attribute value the way a browser would read its scheme (ignoring embedded tabs, newlines and control characters). */
export function classifyUrl(value: string): UrlKind {
  // The URL parser strips leading C0 controls and spaces and removes tabs/newlines anywhere,
  // so "java\tscript:" and " javascript:" are still javascript: URLs.
  // https://url.spec.whatwg.org/#concept-basic-url-parser
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being stripped
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact === '') return 'unsafe';
  if (compact.startsWith('//')) return 'remote';
  if (compact.startsWith('#')) return 'fragment';
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return compact.startsWith('\\') ? 'unsafe' : 'local';
  if (scheme === 'http' || scheme === 'https') return 'remote';
  if (scheme === 'mailto') return 'mail';
  if (scheme === 'data' && dataImage.test(compact)) return 'data-image';
  return 'unsafe';
}

/** The first URL of a srcset attribute ("a.jpg 1x, b.jpg 2x" → "a.jpg"), or null. */
export function firstSrcsetUrl(srcset: string | null): string | null {
  const first = srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
  return first === '' ? null : first;
}
