import { useCallback, useState } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** Where an on-demand "suggest entities for every article" run stands. */
export type SuggestAllState =
  | { readonly phase: 'idle' }
  /** `total` is null until the library says how many articles it queued (events may come first). */
  | { readonly phase: 'running'; readonly total: number | null; readonly done: number }
  | { readonly phase: 'done'; readonly total: number }
  | { readonly phase: 'failed'; readonly error: ApiError };

/** Starts a whole-library suggestion run and counts its articles off as their suggestions land. */
export function useSuggestAll(): { readonly state: SuggestAllState; readonly start: () => void } {
  const client = useClient();
  const [state, setState] = useState<SuggestAllState>({ phase: 'idle' });

  useArchiveEvent((event) => {
    if (event.type !== 'entities-changed') return;
    setState((current) => {
      if (current.phase !== 'running') return current;
      const done = current.done + 1;
      return current.total !== null && done >= current.total
        ? { phase: 'done', total: current.total }
        : { ...current, done };
    });
  });

  const start = useCallback(() => {
    setState({ phase: 'running', total: null, done: 0 });
    void client.suggestLibraryEntities({}).then((result) => {
      if (!result.ok) {
        setState({ phase: 'failed', error: result.error });
        return;
      }
      const total = result.value.queued;
      setState((current) => {
        const done = current.phase === 'running' ? current.done : 0;
        return done >= total ? { phase: 'done', total } : { phase: 'running', total, done };
      });
    });
  }, [client]);

  return { state, start };
}
