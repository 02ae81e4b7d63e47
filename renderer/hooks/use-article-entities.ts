import { useCallback, useEffect, useState } from 'react';
import type { ArticleEntities } from '../../main/shared/entity-types.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError, Result } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';

/** An article's entities and the actions that change them; every action answers the new state. */
export interface ArticleEntitiesState {
  readonly entities: ArticleEntities | null;
  readonly error: ApiError | null;
  readonly busy: boolean;
  /** Runs a change that answers the article's entities, showing its result or its error. */
  readonly change: (run: () => Promise<Result<ArticleEntities>>) => Promise<Result<ArticleEntities>>;
  /** Loads the entities again (after a change made elsewhere, e.g. tagging across the library). */
  readonly reload: () => void;
}

/** Loads the confirmed mentions and open suggestions of an article, reloading when the library changes. */
export function useArticleEntities(articleId: ArticleId, text: string): ArticleEntitiesState {
  const client = useClient();
  const [entities, setEntities] = useState<ArticleEntities | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);

  // `text` is a dependency: a re-clean re-anchors the mentions, so they are fetched again.
  useEffect(() => {
    let current = true;
    void client.getArticleEntities({ id: articleId }).then((result) => {
      if (!current) return;
      setEntities(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [client, articleId, text, generation]);

  useArchiveEvent((event) => {
    const mine = event.type === 'entities-changed' && event.articleId === articleId;
    if (mine || event.type === 'library-changed' || event.type === 'import-finished') reload();
  });

  const change = useCallback(async (run: () => Promise<Result<ArticleEntities>>) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (result.ok) setEntities(result.value);
    setError(result.ok ? null : result.error);
    return result;
  }, []);

  // Entities of another article are never shown while this one loads.
  return { entities: entities?.articleId === articleId ? entities : null, error, busy, change, reload };
}
