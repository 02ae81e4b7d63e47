import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { TrashedArticle } from '../../main/shared/trash-types.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** The Trash as the Trash view shows it, with its two actions. */
export interface TrashList {
  readonly items: readonly TrashedArticle[];
  readonly loading: boolean;
  readonly error: ApiError | null;
  readonly restore: (ids: readonly ArticleId[]) => Promise<void>;
  /** Deletes for good these trashed articles, or all of them when `ids` is undefined. */
  readonly deleteForever: (ids?: readonly ArticleId[]) => Promise<void>;
}

/** The trashed articles, reloaded whenever the library changes. */
export function useTrashList(): TrashList {
  const client = useClient();
  const [items, setItems] = useState<readonly TrashedArticle[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void client.listTrash({}).then((result) => {
      if (!current) return;
      setLoading(false);
      if (result.ok) setItems(result.value.items);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [client, version]);

  useArchiveEvent((event) => {
    if (event.type === 'library-changed') setVersion((v) => v + 1);
  });

  const restore = useCallback(
    async (ids: readonly ArticleId[]) => {
      const result = await client.restoreArticles({ ids: [...ids] });
      if (!result.ok) setError(result.error);
    },
    [client],
  );

  const deleteForever = useCallback(
    async (ids?: readonly ArticleId[]) => {
      const result = await client.emptyTrash(ids === undefined ? {} : { ids: [...ids] });
      if (!result.ok) setError(result.error);
    },
    [client],
  );

  return { items, loading, error, restore, deleteForever };
}
