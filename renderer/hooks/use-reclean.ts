import { useCallback } from 'react';
import type { ApiRequest } from '../../main/shared/schemas.ts';
import type { ImportState } from './import-reducer.ts';
import { useBatchFollower } from './use-batch-follower.ts';

/** A re-clean of the library, followed like an import batch. */
export interface RecleanControls {
  readonly state: ImportState;
  readonly start: (scope: ApiRequest<'recleanLibrary'>['scope']) => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** Starts re-cleaning the library from its originals and follows the batch (the import reducer fits as is). */
export function useReclean(): RecleanControls {
  const { client, state, dispatch, busy, batchId } = useBatchFollower();

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
    [client, dispatch, busy],
  );

  const cancel = useCallback(() => {
    if (batchId === null) return;
    dispatch({ type: 'cancelling' });
    void client.cancelImport({ batchId });
  }, [client, dispatch, batchId]);

  const dismiss = useCallback(() => {
    dispatch({ type: 'dismiss' });
  }, [dispatch]);

  return { state, start, cancel, dismiss };
}
