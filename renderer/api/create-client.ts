import type { ArchiveBridge } from '../../main/shared/api.ts';
import type { ArchiveClient } from './archive-client.ts';
import { createElectronClient } from './electron-client.ts';
import { createHttpClient } from './http-client.ts';

const tokenKey = 'dossier-token';

/** Reads the token of `dossier serve` from the address once, then takes it out of the address bar. */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    // Per-tab only, so that reloading this tab keeps working; gone when the tab closes.
    window.sessionStorage.setItem(tokenKey, fromUrl);
    return fromUrl;
  }
  return window.sessionStorage.getItem(tokenKey);
}

/** Why no client could be made. */
export type ClientProblem = 'no-token';

/** Picks the transport once: the Electron bridge when the preload exposed one, else `dossier serve`. */
export function createClient(): { readonly client: ArchiveClient } | { readonly problem: ClientProblem } {
  const bridge = (window as unknown as { archive?: ArchiveBridge }).archive;
  if (bridge !== undefined) return { client: createElectronClient(bridge) };
  const token = takeToken();
  if (token === null) return { problem: 'no-token' };
  return { client: createHttpClient(token) };
}
