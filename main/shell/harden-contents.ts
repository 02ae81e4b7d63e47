import { shell, type WebContents } from 'electron';

/** Opens a link in the user's browser only if it parses as http(s). */
export function openExternalSafely(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') void shell.openExternal(url.href);
}

/**
 * Denies every navigation, new window and <webview> of a web contents: the app
 * is a single page, and nothing a saved page contains may take it elsewhere.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
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
