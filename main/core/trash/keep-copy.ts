import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { KeepCopyOutcome } from '../../shared/trash-types.ts';
import { tablesReferencing } from './foreign-keys.ts';
import { trashInTransaction, withSearchUpdated, type TrashContext } from './trash-articles.ts';

interface CopyRow {
  normalized_url: string | null;
  version_group: number | null;
}

/**
 * Keeps one of two copies of a story (same URL or same version group) and moves the other to the
 * Trash. Its links move to the kept copy; its entity mentions do not, as their offsets belong to
 * the other text, so they go to the Trash with it.
 */
export function keepCopy(
  context: TrashContext,
  keepId: ArticleId,
  removeId: ArticleId,
): Result<KeepCopyOutcome> {
  const { db } = context;
  if (keepId === removeId)
    return fail('invalid-request', 'keepCopy: keepId and removeId are the same article');
  const select = db.prepare('SELECT normalized_url, version_group FROM articles WHERE id = ?');
  const keep = select.get(keepId) as CopyRow | undefined;
  const remove = select.get(removeId) as CopyRow | undefined;
  if (keep === undefined) return fail('not-found', `No article ${keepId}`);
  if (remove === undefined) return fail('not-found', `No article ${removeId}`);
  const sameUrl = keep.normalized_url !== null && keep.normalized_url === remove.normalized_url;
  const sameVersion = keep.version_group !== null && keep.version_group === remove.version_group;
  if (!sameUrl && !sameVersion) {
    return fail('invalid-request', `Articles ${keepId} and ${removeId} are not copies of the same story`);
  }
  const trashedAt = context.now().toISOString();
  const movedLinks = withSearchUpdated(context, [removeId], () => {
    const keys = tablesReferencing(db, 'articles').get('article_links') ?? [];
    let moved = 0;
    for (const key of keys) {
      // OR IGNORE leaves a link the kept copy already has (or one to itself) on the trashed copy.
      moved += Number(
        db
          .prepare(`UPDATE OR IGNORE article_links SET "${key.from}" = ? WHERE "${key.from}" = ?`)
          .run(keepId, removeId).changes,
      );
    }
    trashInTransaction(db, [removeId], trashedAt, context.hooks.countWatch);
    return moved;
  });
  return ok({ keptId: keepId, trashedId: removeId, movedLinks });
}
