import { useCallback } from 'react';
import type { ArchiveEvent } from '../../main/shared/api.ts';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { StoryThread, ThreadSummary } from '../../main/shared/thread-types.ts';
import { useClient } from '../api/client-context.ts';
import { useLoaded, type Loaded } from './use-loaded.ts';

// Links, names and trashed articles all change what a thread holds.
const threadEvents = (event: ArchiveEvent): boolean =>
  event.type === 'links-changed' ||
  event.type === 'threads-changed' ||
  event.type === 'library-changed' ||
  event.type === 'import-finished';

/** The story thread of an article, kept current as links and names change. */
export function useThread(articleId: ArticleId): Loaded<StoryThread> {
  const client = useClient();
  const load = useCallback(() => client.getThread({ id: articleId }), [client, articleId]);
  return useLoaded(load, threadEvents);
}

/** The named threads for the sidebar, with live sizes. */
export function useThreadList(): Loaded<{ readonly threads: readonly ThreadSummary[] }> {
  const client = useClient();
  const load = useCallback(() => client.listThreads({}), [client]);
  return useLoaded(load, threadEvents);
}
