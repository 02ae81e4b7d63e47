import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleSummary } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { listUpTo, type SortKey, type SortOrder } from './list-up-to.ts';
import { useArchiveEvent } from './use-archive-event.ts';

export type { SortKey, SortOrder } from './list-up-to.ts';

export interface LibraryState {
  readonly items: readonly ArticleSummary[];
  readonly total: number;
  /** True until the first answer for the current sort arrives. */
  readonly loading: boolean;
  readonly error: ApiError | null;
}

const pageSize = 200;
/** While an import streams `library-changed`, reload at most this often. */
const refreshEveryMs = 400;

/** The library list in the chosen order, reloaded when the archive says it changed. */
export function useLibrary(
  sort: SortKey,
  order: SortOrder,
): LibraryState & { readonly loadMore: () => void } {
  const client = useClient();
  const [state, setState] = useState<LibraryState>({ items: [], total: 0, loading: true, error: null });
  const [limit, setLimit] = useState(pageSize);
  const [version, setVersion] = useState(0);
  const pendingRefresh = useRef<number | null>(null);

  useEffect(() => {
    let current = true;
    void listUpTo(client, sort, order, limit).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { items: result.value.items, total: result.value.total, loading: false, error: null }
          : { ...previous, loading: false, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [client, sort, order, limit, version]);

  useArchiveEvent((event) => {
    if (event.type !== 'library-changed' || pendingRefresh.current !== null) return;
    pendingRefresh.current = window.setTimeout(() => {
      pendingRefresh.current = null;
      setVersion((v) => v + 1);
    }, refreshEveryMs);
  });

  useEffect(
    () => () => {
      if (pendingRefresh.current !== null) window.clearTimeout(pendingRefresh.current);
    },
    [],
  );

  const loadMore = useCallback(() => {
    setLimit((l) => l + pageSize);
  }, []);

  return { ...state, loadMore };
}
