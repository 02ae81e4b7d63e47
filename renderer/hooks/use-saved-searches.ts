import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../../main/shared/result.ts';
import type { SavedSearch } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** The saved searches with their live counts, and the calls that change them. */
export interface SavedSearchesState {
  readonly searches: readonly SavedSearch[];
  readonly error: ApiError | null;
  readonly save: (name: string, query: string) => Promise<Result<SavedSearch>>;
  readonly rename: (id: number, name: string) => Promise<Result<SavedSearch>>;
  readonly remove: (id: number) => Promise<Result<{ readonly deleted: SavedSearch }>>;
}

/** Loads the saved searches and reloads them (counts included) whenever the library changes. */
export function useSavedSearches(): SavedSearchesState {
  const client = useClient();
  const [searches, setSearches] = useState<readonly SavedSearch[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    let current = true;
    void client.listSavedSearches({}).then((result) => {
      if (!current) return;
      if (result.ok) setSearches(result.value.searches);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [client, version]);

  // Imports and re-cleans change what each saved query finds; a rebuilt index can count at last.
  useArchiveEvent((event) => {
    if (event.type === 'library-changed' || event.type === 'import-finished') reload();
    if (event.type === 'search-index' && event.state.kind !== 'rebuilding') reload();
  });

  const after = useCallback(
    <T>(call: Promise<Result<T>>): Promise<Result<T>> =>
      call.then((result) => {
        if (result.ok) reload();
        return result;
      }),
    [reload],
  );
  const save = useCallback(
    (name: string, query: string) => after(client.saveSearch({ name, query })),
    [after, client],
  );
  const rename = useCallback(
    (id: number, name: string) => after(client.renameSavedSearch({ id, name })),
    [after, client],
  );
  const remove = useCallback((id: number) => after(client.deleteSavedSearch({ id })), [after, client]);
  return { searches, error, save, rename, remove };
}
