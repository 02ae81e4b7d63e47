import { useCallback, useRef } from 'react';
import type { ImportSource } from '../api/archive-client.ts';
import type { ImportState } from './import-reducer.ts';
import { useBatchFollower } from './use-batch-follower.ts';

export interface ImportControls {
  readonly state: ImportState;
  readonly start: (source: ImportSource) => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** Runs one import at a time: hands files to the client, follows its batch, and cancels on request. */
export function useImport(): ImportControls {
  const { client, state, dispatch, busy, batchId } = useBatchFollower();
  const sending = useRef<AbortController | null>(null);

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
    [client, dispatch],
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
  }, [client, dispatch, batchId]);

  const dismiss = useCallback(() => {
    dispatch({ type: 'dismiss' });
  }, [dispatch]);

  return { state, start, cancel, dismiss };
}
