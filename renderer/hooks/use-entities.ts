import { useEffect, useState } from 'react';
import type { Entity } from '../../main/shared/entity-types.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** A page of the registry for one search and type filter. */
export interface EntitiesState {
  readonly items: readonly Entity[];
  readonly total: number;
  /** The search and type these items answer (they may lag behind what is typed). */
  readonly answered: { readonly query: string; readonly type: string | null } | null;
  readonly error: ApiError | null;
}

const debounceMs = 120;
const empty: EntitiesState = { items: [], total: 0, answered: null, error: null };

/** Search-as-you-type over the registry; reloaded when the library or the registry changes (`version`). */
export function useEntities(query: string, type: string | null, limit = 100, version = 0): EntitiesState {
  const client = useClient();
  const [state, setState] = useState<EntitiesState>(empty);
  const [changes, setChanges] = useState(0);
  const trimmed = query.trim();

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const request = {
        offset: 0,
        limit,
        ...(trimmed === '' ? {} : { query: trimmed }),
        ...(type === null ? {} : { type }),
      };
      void client.listEntities(request).then((result) => {
        if (!current) return;
        const answered = { query: trimmed, type };
        setState((previous) =>
          result.ok
            ? { items: result.value.items, total: result.value.total, answered, error: null }
            : { ...previous, answered, error: result.error },
        );
      });
    }, debounceMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [client, trimmed, type, limit, version, changes]);

  // Imports, re-cleans and accepted mentions change the registry and its counts (reloads are debounced above).
  useArchiveEvent((event) => {
    if (event.type !== 'import-progress') setChanges((c) => c + 1);
  });
  return state;
}
