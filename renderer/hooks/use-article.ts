import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleDetail, OriginalPage } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';

/** A value being fetched for some key: the last answer for that key, or why it failed. */
export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ApiError };

interface Keyed<T> {
  readonly id: ArticleId;
  readonly value: Loadable<T>;
}

function useById<T>(id: ArticleId | null, load: (id: ArticleId) => Promise<Loadable<T>>): Loadable<T> | null {
  const [answer, setAnswer] = useState<Keyed<T> | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    void load(id).then((value) => {
      if (current) setAnswer({ id, value });
    });
    return () => {
      current = false;
    };
  }, [id, load]);
  if (id === null) return null;
  // An answer for another article is not shown while this one loads.
  return answer?.id === id ? answer.value : { state: 'loading' };
}

function loadable<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): Loadable<T> {
  return result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error };
}

/** The article to read. */
export function useArticle(id: ArticleId | null): Loadable<ArticleDetail> | null {
  const client = useClient();
  const load = useCallback(
    async (articleId: ArticleId) => loadable(await client.getArticle({ id: articleId })),
    [client],
  );
  return useById(id, load);
}

/** The original page of an article, fetched only when asked for. */
export function useOriginal(id: ArticleId | null): Loadable<OriginalPage> | null {
  const client = useClient();
  const load = useCallback(
    async (articleId: ArticleId) => loadable(await client.getOriginal({ id: articleId })),
    [client],
  );
  return useById(id, load);
}
