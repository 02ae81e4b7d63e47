import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';

/** How long the "Moved to Trash · Undo" toast stays. */
const undoForMs = 10_000;

/** Moving articles to the Trash, with one-click undo of the last move. */
export interface TrashAction {
  /** The articles of the last move, while its Undo is offered. */
  readonly undoable: readonly ArticleId[] | null;
  readonly error: ApiError | null;
  /** Moves articles to the Trash; resolves to whether it worked. */
  readonly moveToTrash: (ids: readonly ArticleId[]) => Promise<boolean>;
  /** Restores the articles of the last move. */
  readonly undo: () => Promise<void>;
  readonly dismiss: () => void;
}

/** The Delete action of the library list and its undo toast's state. */
export function useTrashAction(): TrashAction {
  const client = useClient();
  const [undoable, setUndoable] = useState<readonly ArticleId[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (undoable === null) return;
    const timer = window.setTimeout(() => {
      setUndoable(null);
    }, undoForMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [undoable]);

  const moveToTrash = useCallback(
    async (ids: readonly ArticleId[]) => {
      const result = await client.trashArticles({ ids: [...ids] });
      setError(result.ok ? null : result.error);
      if (result.ok) setUndoable(ids);
      return result.ok;
    },
    [client],
  );

  const undo = useCallback(async () => {
    if (undoable === null) return;
    const result = await client.restoreArticles({ ids: [...undoable] });
    setError(result.ok ? null : result.error);
    setUndoable(null);
  }, [client, undoable]);

  const dismiss = useCallback(() => {
    setUndoable(null);
    setError(null);
  }, []);

  return { undoable, error, moveToTrash, undo, dismiss };
}
