import type { ArchiveEvent } from '../../main/shared/api.ts';
import type { BatchId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ImportBatch, ImportProgress } from '../../main/shared/types.ts';

/** Where the one import this window started stands. */
export type ImportState =
  | { readonly phase: 'idle' }
  /** Reading what was dropped and opening a batch. */
  | { readonly phase: 'preparing' }
  | {
      readonly phase: 'running';
      readonly batchId: BatchId;
      readonly progress: ImportProgress | null;
      readonly cancelling: boolean;
    }
  | { readonly phase: 'finished'; readonly batch: ImportBatch }
  | { readonly phase: 'failed'; readonly error: ApiError };

export type ImportAction =
  | { readonly type: 'prepare' }
  | { readonly type: 'started'; readonly batchId: BatchId }
  | { readonly type: 'failed'; readonly error: ApiError }
  | { readonly type: 'cancelling' }
  | { readonly type: 'synced'; readonly batch: ImportBatch }
  | { readonly type: 'event'; readonly event: ArchiveEvent }
  | { readonly type: 'dismiss' };

export const initialImportState: ImportState = { phase: 'idle' };

function settle(state: ImportState, batch: ImportBatch): ImportState {
  if (state.phase !== 'running' || state.batchId !== batch.batchId) return state;
  if (batch.state === 'running') return { ...state, progress: batch };
  return { phase: 'finished', batch };
}

function onEvent(state: ImportState, event: ArchiveEvent): ImportState {
  switch (event.type) {
    case 'import-progress': {
      const { progress } = event;
      if (state.phase !== 'running' || state.batchId !== progress.batchId) return state;
      // A 'finished' progress still lacks outcomes: the summary waits for import-finished (or the sync).
      return { ...state, progress };
    }
    case 'import-finished':
      return settle(state, event.batch);
    case 'library-changed':
    case 'entities-changed':
    case 'links-changed':
    case 'threads-changed':
    case 'library-health':
    case 'search-index':
      return state;
  }
}

/** Pure transitions; the effects live in use-import.ts. */
export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'prepare':
      return { phase: 'preparing' };
    case 'started':
      return state.phase === 'preparing'
        ? { phase: 'running', batchId: action.batchId, progress: null, cancelling: false }
        : state;
    case 'failed':
      return state.phase === 'preparing' || state.phase === 'running'
        ? { phase: 'failed', error: action.error }
        : state;
    case 'cancelling':
      return state.phase === 'running' ? { ...state, cancelling: true } : state;
    case 'synced':
      return settle(state, action.batch);
    case 'event':
      return onEvent(state, action.event);
    case 'dismiss':
      return state.phase === 'finished' || state.phase === 'failed' ? { phase: 'idle' } : state;
  }
}
