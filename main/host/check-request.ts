import { timingSafeEqual } from 'node:crypto';

/** Why a request was refused before reaching the API. */
export type Refusal = { readonly status: 403 | 401; readonly reason: string } | null;

/**
 * Checks `Host` and `Origin` against the loopback address we bound, which
 * defeats DNS rebinding (a hostile page whose domain resolves to 127.0.0.1
 * still sends its own Host header) and cross-site requests from other tabs.
 */
export function checkHostAndOrigin(
  headers: { readonly host?: string | undefined; readonly origin?: string | undefined },
  port: number,
): Refusal {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (headers.host === undefined || !allowedHosts.has(headers.host.toLowerCase())) {
    return { status: 403, reason: 'unexpected Host header' };
  }
  if (headers.origin !== undefined && !allowedHosts.has(originHost(headers.origin))) {
    return { status: 403, reason: 'cross-origin request refused' };
  }
  return null;
}

/** Compares a presented token with the run's token in constant time. */
export function isTokenValid(presented: string | null | undefined, expected: string): boolean {
  if (presented === null || presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    // An unparseable Origin (including "null" from sandboxed frames) is never ours.
    return '';
  }
}
