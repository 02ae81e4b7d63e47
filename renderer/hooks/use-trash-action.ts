import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';

/** How long the "Moved to Trash · Undo" toast stays. */
const undoForMs = 10_000;

/** An article being moved to the Trash, with the title the toast names it by. */
export interface TrashedArticle {
  readonly id: ArticleId;
  readonly title: string;
}

/** Moving articles to the Trash, with one-click undo of the last move. */
export interface TrashAction {
  /** The articles of the last move, while its Undo is offered. */
  readonly undoable: readonly TrashedArticle[] | null;
  readonly error: ApiError | null;
  /** Moves articles to the Trash; resolves to whether it worked. */
  readonly moveToTrash: (articles: readonly TrashedArticle[]) => Promise<boolean>;
  /** Restores the articles of the last move. */
  readonly undo: () => Promise<void>;
  readonly dismiss: () => void;
}

/** The Delete action of the library list and its undo toast's state. */
export function useTrashAction(): TrashAction {
  const client = useClient();
  const [undoable, setUndoable] = useState<readonly TrashedArticle[] | null>(null);
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
    async (articles: readonly TrashedArticle[]) => {
      const result = await client.trashArticles({ ids: articles.map((article) => article.id) });
      setError(result.ok ? null : result.error);
      if (result.ok) setUndoable(articles);
      return result.ok;
    },
    [client],
  );

  const undo = useCallback(async () => {
    if (undoable === null) return;
    const result = await client.restoreArticles({ ids: undoable.map((article) => article.id) });
    setError(result.ok ? null : result.error);
    setUndoable(null);
  }, [client, undoable]);

  const dismiss = useCallback(() => {
    setUndoable(null);
    setError(null);
  }, []);

  return { undoable, error, moveToTrash, undo, dismiss };
}
