import type { ArchiveApi, ArchiveEvent } from '../../shared/api.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { Logger } from '../logger.ts';
import { listTrashRows } from '../store/trash-repository.ts';
import { emptyTrash } from './empty-trash.ts';
import { keepCopy } from './keep-copy.ts';
import { restoreArticles } from './restore-articles.ts';
import { trashArticles, type TrashContext } from './trash-articles.ts';

/** The Trash's part of the contract. */
export type TrashApi = Pick<
  ArchiveApi,
  'trashArticles' | 'restoreArticles' | 'listTrash' | 'emptyTrash' | 'keepCopy'
>;

// A failing statement is a bug, not an expected outcome: report it as internal, logged.
function guarded<T>(logger: Logger, what: string, work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    logger.error(`${what} failed`, { error: String(error) });
    return fail('internal', `${what} failed: ${String(error)}`);
  }
}

/** The Trash methods of a library; each change emits library-changed so open views refresh. */
export function createTrashApi(
  context: TrashContext & { readonly logger: Logger; readonly emit: (event: ArchiveEvent) => void },
): TrashApi {
  const { db, logger, emit } = context;
  const changed = <T>(result: Result<T>): Result<T> => {
    if (result.ok) emit({ type: 'library-changed' });
    return result;
  };
  return {
    trashArticles: ({ ids }) =>
      Promise.resolve(
        changed(guarded(logger, 'Moving to the Trash', () => ok({ trashed: trashArticles(context, ids) }))),
      ),
    restoreArticles: ({ ids }) =>
      Promise.resolve(changed(guarded(logger, 'Restoring', () => ok(restoreArticles(context, ids))))),
    listTrash: () =>
      Promise.resolve(
        guarded(logger, 'Listing the Trash', () =>
          ok({
            items: listTrashRows(db).map((row) => ({
              id: row.articleId,
              title: row.title,
              siteName: row.siteName,
              trashedAt: row.trashedAt,
            })),
          }),
        ),
      ),
    emptyTrash: async ({ ids }) => {
      try {
        return changed(ok(await emptyTrash(context, ids)));
      } catch (error) {
        logger.error('Emptying the Trash failed', { error: String(error) });
        return fail('internal', `Emptying the Trash failed: ${String(error)}`);
      }
    },
    keepCopy: ({ keepId, removeId }) =>
      Promise.resolve(changed(guarded(logger, 'Keeping a copy', () => keepCopy(context, keepId, removeId)))),
  };
}
