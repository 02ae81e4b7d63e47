import { useCallback } from 'react';
import type { ArchiveEvent } from '../../main/shared/api.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleGraph } from '../../main/shared/thread-types.ts';
import { useClient } from '../api/client-context.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';

/** The most nodes the graph view asks for: readable, and quick to lay out. */
export const graphMaxNodes = 200;

// Not entities-changed: background suggestions fire it often, and a graph that re-lays itself out is unreadable.
const graphEvents = (event: ArchiveEvent): boolean =>
  event.type === 'links-changed' || event.type === 'library-changed';

/** An article's neighbourhood two steps out, reloaded when links or entities change. */
export function useArticleGraph(articleId: ArticleId): Loaded<ArticleGraph> {
  const client = useClient();
  const load = useCallback(
    () => client.getArticleGraph({ id: articleId, depth: 2, maxNodes: graphMaxNodes }),
    [client, articleId],
  );
  return useLoaded(load, graphEvents);
}
