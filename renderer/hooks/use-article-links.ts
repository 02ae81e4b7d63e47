import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleLink, ArticleLinks } from '../../main/shared/link-types.ts';
import type { ApiError, Result } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** How long "Link removed · Undo" is offered. */
const undoForMs = 10_000;

/** An article's links, the last change's error, and the link removed last while its undo is offered. */
export interface ArticleLinksState {
  readonly links: ArticleLinks | null;
  readonly error: ApiError | null;
  /** Retypes a link or edits its note; resolves to whether it worked. */
  readonly update: (linkId: number, change: { type?: string; note?: string | null }) => Promise<boolean>;
  readonly remove: (linkId: number) => Promise<void>;
  readonly removed: ArticleLink | null;
  readonly undoRemove: () => Promise<void>;
  readonly dismissUndo: () => void;
}

/** Loads both sides of an article's links, reloading when its links or the library change. */
export function useArticleLinks(articleId: ArticleId): ArticleLinksState {
  const client = useClient();
  const [links, setLinks] = useState<ArticleLinks | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [removedLink, setRemoved] = useState<{ from: ArticleId; link: ArticleLink } | null>(null);
  // Another article's removal cannot be undone from here once it is closed.
  const removed = removedLink?.from === articleId ? removedLink.link : null;
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void client.getArticleLinks({ id: articleId }).then((result) => {
      if (!current) return;
      if (result.ok) setLinks(result.value);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [client, articleId, generation]);

  useEffect(() => {
    if (removed === null) return;
    const timer = window.setTimeout(() => {
      setRemoved(null);
    }, undoForMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [removed]);

  useArchiveEvent((event) => {
    const mine = event.type === 'links-changed' && event.articleIds.includes(articleId);
    // A trashed or restored article takes its links with it.
    if (mine || event.type === 'library-changed') setGeneration((n) => n + 1);
  });

  const settle = useCallback(<T>(result: Result<T>): boolean => {
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  const update = useCallback(
    async (linkId: number, change: { type?: string; note?: string | null }) =>
      settle(await client.updateArticleLink({ linkId, ...change })),
    [client, settle],
  );

  const remove = useCallback(
    async (linkId: number) => {
      const result = await client.removeArticleLink({ linkId });
      if (settle(result) && result.ok) setRemoved({ from: articleId, link: result.value.removed });
    },
    [client, articleId, settle],
  );

  const undoRemove = useCallback(async () => {
    if (removed === null) return;
    setRemoved(null);
    settle(await client.restoreArticleLink({ link: removed }));
  }, [client, removed, settle]);

  const dismissUndo = useCallback(() => {
    setRemoved(null);
  }, []);

  // Links of another article are never shown while this one loads.
  return {
    links: links?.articleId === articleId ? links : null,
    error,
    update,
    remove,
    removed,
    undoRemove,
    dismissUndo,
  };
}
