/**
 * The webPreferences of every Dossier window. Saved pages are hostile, so the
 * renderer gets no Node, runs sandboxed and isolated from the preload, keeps web
 * security on and cannot embed <webview>.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  } as const;
}
