import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ImportSource } from '../api/archive-client.ts';
import { useClient } from '../api/client-context.ts';
import { importReducer, initialImportState, type ImportState } from './import-reducer.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** Events drive progress; this slower poll only catches up on any that were missed. */
const syncEveryMs = 1000;

export interface ImportControls {
  readonly state: ImportState;
  readonly start: (source: ImportSource) => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** Runs one import at a time: hands files to the client, follows its batch, and cancels on request. */
export function useImport(): ImportControls {
  const client = useClient();
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const sending = useRef<AbortController | null>(null);
  const busy = state.phase === 'preparing' || state.phase === 'running';
  const batchId = state.phase === 'running' ? state.batchId : null;

  useArchiveEvent((event) => {
    dispatch({ type: 'event', event });
  });

  useEffect(() => {
    if (batchId === null) return;
    const sync = (): void => {
      void client.getImportBatch({ batchId }).then((result) => {
        if (result.ok) dispatch({ type: 'synced', batch: result.value });
      });
    };
    sync();
    const timer = window.setInterval(sync, syncEveryMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [client, batchId]);

  const run = useCallback(
    async (source: ImportSource) => {
      const controller = new AbortController();
      sending.current = controller;
      dispatch({ type: 'prepare' });
      const started = await client.importFiles(source, controller.signal);
      if (!started.ok) {
        dispatch({ type: 'failed', error: started.error });
        return;
      }
      dispatch({ type: 'started', batchId: started.value.batchId });
      const sent = await started.value.sent;
      if (!sent.ok && sent.error.code !== 'cancelled') {
        // The batch would otherwise wait for files that will never come.
        await client.cancelImport({ batchId: started.value.batchId });
        dispatch({ type: 'failed', error: sent.error });
      }
    },
    [client],
  );

  const start = useCallback(
    (source: ImportSource) => {
      if (!busy) void run(source);
    },
    [busy, run],
  );

  const cancel = useCallback(() => {
    sending.current?.abort();
    if (batchId === null) return;
    dispatch({ type: 'cancelling' });
    void client.cancelImport({ batchId });
  }, [client, batchId]);

  const dismiss = useCallback(() => {
    dispatch({ type: 'dismiss' });
  }, []);

  return { state, start, cancel, dismiss };
}
