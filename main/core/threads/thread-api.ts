import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi, ArchiveEvent } from '../../shared/api.ts';
import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { StoryThread, ThreadName, ThreadSummary } from '../../shared/thread-types.ts';
import { articleExists } from '../store/link-repository.ts';
import { inTransaction } from '../store/database.ts';
import {
  deleteThreadNameRow,
  getThreadName,
  insertThreadName,
  listThreadNames,
  renameThreadName,
  threadNameTaken,
} from '../store/thread-repository.ts';
import { articleGraph } from './article-graph.ts';
import { orderedArticles, threadComponent } from './story-thread.ts';
import { threadMarkdown } from './thread-markdown.ts';

/** The API methods about story threads and the neighbourhood graph. */
export type ThreadApi = Pick<
  ArchiveApi,
  | 'getThread'
  | 'nameThread'
  | 'renameThread'
  | 'deleteThreadName'
  | 'listThreads'
  | 'exportThread'
  | 'getArticleGraph'
>;

/** What the thread methods need from the open library. */
export interface ThreadContext {
  readonly db: DatabaseSync;
  readonly now: () => Date;
  readonly emit: (event: ArchiveEvent) => void;
}

/** The thread of an article with its name (the oldest name anchored in it), or null for no article. */
export function storyThread(db: DatabaseSync, id: ArticleId): StoryThread | null {
  if (!articleExists(db, id)) return null;
  const component = threadComponent(db, id);
  const members = new Set<number>(component.ids);
  const name = listThreadNames(db)
    .filter((named) => members.has(named.anchorId))
    .sort((a, b) => a.id - b.id)[0];
  return {
    articleId: id,
    articles: orderedArticles(db, component.ids),
    links: component.links,
    truncated: component.truncated,
    name: name ?? null,
  };
}

function summary(db: DatabaseSync, named: ThreadName): ThreadSummary {
  const articles = orderedArticles(db, threadComponent(db, named.anchorId).ids);
  return {
    ...named,
    size: articles.length,
    firstDate: articles[0]?.date ?? null,
    lastDate: articles.at(-1)?.date ?? null,
  };
}

function taken(name: string): Result<never> {
  return fail('thread-name-taken', `Another thread is already named “${name}”`);
}

/** The thread methods for one library; naming changes emit threads-changed. */
export function createThreadApi({ db, now, emit }: ThreadContext): ThreadApi {
  const changed = <T>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) emit({ type: 'threads-changed' });
    return Promise.resolve(result);
  };
  return {
    getThread: ({ id }) => {
      const thread = storyThread(db, id);
      return Promise.resolve(thread === null ? fail('not-found', `No article ${id}`) : ok(thread));
    },
    nameThread: ({ id, name }) =>
      changed(
        inTransaction(db, (): Result<ThreadName> => {
          const thread = storyThread(db, id);
          if (thread === null) return fail('not-found', `No article ${id}`);
          const current = thread.name;
          if (threadNameTaken(db, name, current?.id ?? 0)) return taken(name);
          if (current !== null) return ok(renameThreadName(db, current.id, name) ?? current);
          return ok(insertThreadName(db, { name, anchorId: id, createdAt: now().toISOString() }));
        }),
      ),
    renameThread: ({ threadId, name }) =>
      changed(
        inTransaction(db, (): Result<ThreadName> => {
          if (getThreadName(db, threadId) === null) return fail('not-found', `No thread ${threadId}`);
          if (threadNameTaken(db, name, threadId)) return taken(name);
          const renamed = renameThreadName(db, threadId, name);
          return renamed === null ? fail('not-found', `No thread ${threadId}`) : ok(renamed);
        }),
      ),
    deleteThreadName: ({ threadId }) => {
      const deleted = deleteThreadNameRow(db, threadId);
      return changed(deleted === null ? fail('not-found', `No thread ${threadId}`) : ok({ deleted }));
    },
    listThreads: () =>
      Promise.resolve(ok({ threads: listThreadNames(db).map((named) => summary(db, named)) })),
    exportThread: ({ id }) => {
      const thread = storyThread(db, id);
      return Promise.resolve(
        thread === null ? fail('not-found', `No article ${id}`) : ok(threadMarkdown(thread)),
      );
    },
    getArticleGraph: ({ id, depth, maxNodes }) => {
      const graph = articleGraph(db, id, { depth: depth ?? 2, maxNodes: maxNodes ?? 200 });
      return Promise.resolve(graph === null ? fail('not-found', `No article ${id}`) : ok(graph));
    },
  };
}
