import { useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleRelations } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';

/** The other copies of an article (same URL, near-identical text), or why they could not be loaded. */
export interface RelationsState {
  readonly relations: ArticleRelations | null;
  readonly error: ApiError | null;
}

/** Loads the other copies of an article, fetched only while its "About this copy" panel is open. */
export function useArticleRelations(id: ArticleId): RelationsState {
  const client = useClient();
  const [answer, setAnswer] = useState<{ id: ArticleId; state: RelationsState } | null>(null);
  useEffect(() => {
    let current = true;
    void client.getArticleRelations({ id }).then((result) => {
      if (!current) return;
      setAnswer({
        id,
        state: result.ok
          ? { relations: result.value, error: null }
          : { relations: null, error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [client, id]);
  // Another article's copies are never shown while this one loads.
  return answer?.id === id ? answer.state : { relations: null, error: null };
}
