import { posix } from 'node:path';
import { classifyUrl } from '../clean/classify-url.ts';

/** The longest reference kept; longer ones are not real image paths. */
const maxReferenceLength = 2048;

function remoteKey(value: string): string | null {
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value);
    url.hash = '';
    return url.href;
  } catch {
    // An unparseable URL cannot match a stored asset.
    return null;
  }
}

function localKey(value: string): string | null {
  const path = value.replace(/[?#].*$/s, '').replace(/\\/g, '/');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed %-escape: match the path as written.
    decoded = path;
  }
  if (decoded.includes('\0')) return null;
  const normal = posix.normalize(decoded).replace(/^(?:\.\/)+/, '');
  // Only paths below the page's own folder can be assets of it.
  if (normal === '.' || normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return null;
  return normal;
}

/**
 * The key an image reference is stored and looked up under: a relative path normalised
 * ("./a_files/b%20c.jpg" → "a_files/b c.jpg"), or an absolute http(s) URL without its fragment.
 */
export function assetReferenceKey(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > maxReferenceLength) return null;
  const kind = classifyUrl(value);
  if (kind === 'remote') return remoteKey(value);
  if (kind === 'local') return localKey(value);
  return null;
}

/** Every key a reference may be stored under: as written, and resolved against the page's URL (MHTML parts are named by absolute URL). */
export function assetReferenceKeys(raw: string, pageUrl: string | null): readonly string[] {
  const own = assetReferenceKey(raw);
  const keys = own === null ? [] : [own];
  if (pageUrl !== null && classifyUrl(raw.trim()) === 'local') {
    try {
      const resolved = assetReferenceKey(new URL(raw.trim(), pageUrl).href);
      if (resolved !== null && resolved !== own) keys.push(resolved);
    } catch {
      // No usable base: the reference stays relative.
    }
  }
  return keys;
}
