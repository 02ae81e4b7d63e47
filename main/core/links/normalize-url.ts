// Two saves of one page rarely carry byte-identical URLs: tracking parameters, `www.`, the
// scheme and fragments differ. Normalising them lets the library offer "another copy of …".

const trackingParameters = new Set(['fbclid', 'gclid', 'mc_cid', 'mc_eid']);

function isTracking(name: string): boolean {
  return name.toLowerCase().startsWith('utm_') || trackingParameters.has(name.toLowerCase());
}

/**
 * The comparison key of a URL: https, lower-case host without `www.`, no trailing slash,
 * no fragment, no tracking parameters, remaining parameters sorted. Null when not an http(s) URL.
 */
export function normalizeUrl(raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  // Only web addresses identify an article; file: or data: URLs say nothing about sameness.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // URL already lower-cases the scheme and host; http and https name the same article.
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, '');
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  const query = new URLSearchParams(kept).toString();
  return `https://${host}${port}${path}${query === '' ? '' : `?${query}`}`;
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
