import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelOf, eventChannel, type ArchiveService } from '../shared/api.ts';
import { dispatch } from '../shared/dispatch.ts';
import { apiMethods } from '../shared/methods.ts';
import { fail } from '../shared/result.ts';

/** Decides whether an IPC message comes from the app's own top-level page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Serves the contract over IPC: one `ipcMain.handle` per method, on a channel
 * derived from its name. Each request is checked for its sender and validated
 * against its schema (through `dispatch`) before the core sees it.
 */
export function registerArchiveHandlers(service: ArchiveService, isTrustedSender: SenderCheck): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), (event, request: unknown) => {
      if (!isTrustedSender(event)) return fail('invalid-request', 'IPC from an untrusted frame');
      return dispatch(service, method, request);
    });
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(channelOf(method));
  };
}

/** Forwards archive events to a window's renderer until it is destroyed. */
export function forwardEvents(service: ArchiveService, contents: WebContents): () => void {
  const unsubscribe = service.onEvent((event) => {
    if (!contents.isDestroyed()) contents.send(eventChannel, event);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
