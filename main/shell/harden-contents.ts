import { shell, type WebContents } from 'electron';
import { blocksNavigation, externalLinkTarget } from './navigation-policy.ts';

/** Opens a link in the user's browser only if it parses as http(s). */
export function openExternalSafely(raw: string): void {
  const target = externalLinkTarget(raw);
  // Reviewed for Electronegativity: target is null unless raw parses as an http(s) URL (navigation-policy.ts).
  if (target !== null) void shell.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/**
 * Denies every navigation, new window and <webview> of a web contents: the app
 * is a single page, and nothing a saved page contains may take it elsewhere.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  // will-navigate covers only the main frame: a frame of the reader must not follow a saved page either.
  contents.on('will-frame-navigate', (event) => {
    if (blocksNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}
