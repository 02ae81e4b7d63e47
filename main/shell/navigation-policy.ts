// The decisions of harden-contents.ts and start-app.ts, kept free of Electron so they are unit-tested.

/** The address a clicked link may open in the user's browser: a parsed http(s) URL, or null for anything else. */
export function externalLinkTarget(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * Whether a navigation must be stopped. The app is one page: its window never navigates, and its
 * frames only ever load their srcdoc (about:srcdoc) or nothing (about:blank); a saved page's link,
 * refresh or form could otherwise load the live web inside the reader.
 */
export function blocksNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return true;
  return url !== 'about:srcdoc' && url !== 'about:blank';
}

/** Permissions a page may have: none. Adding one here is a deliberate, reviewed decision. */
const grantedPermissions: ReadonlySet<string> = new Set();

/** Whether a page may have a permission (camera, notifications, geolocation, …): never. */
export function grantsPermission(permission: string): boolean {
  return grantedPermissions.has(permission);
}
