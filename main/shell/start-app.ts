import { app, BrowserWindow, dialog, session, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { createStreamLogger, openLibrary, resolveLibraryDir, type Library } from '../core/index.ts';
import { adviseOpenFailure } from '../core/integrity/open-failure-advice.ts';
import { forwardEvents, registerArchiveHandlers } from '../ipc/register-archive-handlers.ts';
import { handleAssetProtocol, registerAssetScheme } from './asset-protocol.ts';
import { createMainWindow, rendererEntry } from './create-main-window.ts';
import { hardenContents } from './harden-contents.ts';
import { readLibraryFlag } from './library-flag.ts';
import { grantsPermission } from './navigation-policy.ts';

const logger = createStreamLogger((line) => process.stderr.write(line));

/** Starts the Electron app: one instance per library, one hardened window, the archive over IPC. */
export function startApp(): void {
  // One process owns a library: a second launch focuses the first window instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAssetScheme();
  let library: Library | null = null;
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  // Quitting waits for the library to close (features waiting written, the search index saved, the
  // lock released); Electron would otherwise end the process at once. At most 10 s, then it exits.
  app.on('will-quit', (event) => {
    const closing = library;
    if (closing === null) return;
    library = null;
    event.preventDefault();
    setTimeout(() => {
      app.exit();
    }, 10_000).unref();
    void closing.close().finally(() => {
      app.exit();
    });
  });
  app
    .whenReady()
    .then(async () => {
      // Saved pages never get the camera, notifications, geolocation or anything else.
      session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
        callback(grantsPermission(permission));
      });
      session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
        grantsPermission(permission),
      );
      const dir = resolveLibraryDir(readLibraryFlag(process.argv));
      const opened = await openLibrary({
        dir,
        logger,
        workerUrl: new URL('./clean-worker.js', import.meta.url),
        pairWorkerUrl: new URL('./pair-filter-worker.js', import.meta.url),
        backgroundCheck: { workerUrl: new URL('./health-worker.js', import.meta.url) },
      });
      if (!opened.ok) {
        // The same words `dossier serve` prints: what is wrong, that nothing was overwritten, what to run.
        const advice = await adviseOpenFailure(dir, opened.error);
        dialog.showErrorBox(advice.title, advice.text);
        app.exit(1);
        return;
      }
      library = opened.value;
      handleAssetProtocol(opened.value.readAsset);
      registerArchiveHandlers(library, isAppFrame);
      const window = await createMainWindow();
      forwardEvents(library, window.webContents);
    })
    .catch((error: unknown) => {
      logger.error('start-up failed', { error: String(error) });
      app.exit(1);
    });
}

/** IPC is accepted only from the top-level frame of the app's own page. */
function isAppFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  const entry = rendererEntry();
  const expected = entry.kind === 'url' ? new URL(entry.target).origin : pathToFileURL(entry.target).href;
  return entry.kind === 'url' ? new URL(frame.url).origin === expected : frame.url.split('#')[0] === expected;
}
