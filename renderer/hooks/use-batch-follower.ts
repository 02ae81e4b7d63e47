import { useEffect, useReducer, type Dispatch } from 'react';
import type { BatchId } from '../../main/shared/ids.ts';
import type { ArchiveClient } from '../api/archive-client.ts';
import { useClient } from '../api/client-context.ts';
import { importReducer, initialImportState, type ImportAction, type ImportState } from './import-reducer.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** Events drive progress; this slower poll only catches up on any that were missed. */
const syncEveryMs = 1000;

/** The state of one batch (import or re-clean) and what moves it. */
export interface BatchFollower {
  readonly client: ArchiveClient;
  readonly state: ImportState;
  readonly dispatch: Dispatch<ImportAction>;
  readonly busy: boolean;
  readonly batchId: BatchId | null;
}

/** Follows a batch through archive events, with a slow poll of getImportBatch as a safety net. */
export function useBatchFollower(): BatchFollower {
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

  return { client, state, dispatch, busy, batchId };
}
