import { useCallback, useEffect, useReducer } from 'react';
import type { ApiRequest } from '../../main/shared/schemas.ts';
import { useClient } from '../api/client-context.ts';
import { importReducer, initialImportState, type ImportState } from './import-reducer.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** Events drive progress; this slower poll only catches up on any that were missed. */
const syncEveryMs = 1000;

/** A re-clean of the library, followed like an import batch. */
export interface RecleanControls {
  readonly state: ImportState;
  readonly start: (scope: ApiRequest<'recleanLibrary'>['scope']) => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** Starts re-cleaning the library from its originals and follows the batch (the import reducer fits as is). */
export function useReclean(): RecleanControls {
  const client = useClient();
  const [state, dispatch] = useReducer(importReducer, initialImportState);
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

  const start = useCallback(
    (scope: ApiRequest<'recleanLibrary'>['scope']) => {
      if (busy) return;
      dispatch({ type: 'prepare' });
      void client.recleanLibrary({ scope }).then((started) => {
        dispatch(
          started.ok
            ? { type: 'started', batchId: started.value.batchId }
            : { type: 'failed', error: started.error },
        );
      });
    },
    [client, busy],
  );

  const cancel = useCallback(() => {
    if (batchId === null) return;
    dispatch({ type: 'cancelling' });
    void client.cancelImport({ batchId });
  }, [client, batchId]);

  const dismiss = useCallback(() => {
    dispatch({ type: 'dismiss' });
  }, []);

  return { state, start, cancel, dismiss };
}
