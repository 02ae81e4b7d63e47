import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { mainWindowOptions } from './window-options.ts';

/** The URL the main window loads: the dev server in development, the built file otherwise. */
export function rendererEntry(): { kind: 'url' | 'file'; target: string } {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl !== undefined && devUrl !== '') return { kind: 'url', target: devUrl };
  return { kind: 'file', target: fileURLToPath(new URL('../renderer/index.html', import.meta.url)) };
}

/** Creates Dossier's window with the secure preferences and the preload bridge. */
export async function createMainWindow(): Promise<BrowserWindow> {
  // Electronegativity cannot follow mainWindowOptions(): its sandbox, contextIsolation (and the rest) are
  // asserted by test/unit/shell/window-options.test.ts, and middle-click (auxclick) new windows are
  // denied by hardenContents' setWindowOpenHandler.
  const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
  const window = new BrowserWindow(mainWindowOptions(preload)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    window.show();
  });
  const entry = rendererEntry();
  if (entry.kind === 'url') await window.loadURL(entry.target);
  else await window.loadFile(entry.target);
  return window;
}
