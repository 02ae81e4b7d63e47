import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import type { EmptyTrashOutcome } from '../../shared/trash-types.ts';
import type { Logger } from '../logger.ts';
import { assetRelativePath } from '../store/asset-store.ts';
import { inTransaction } from '../store/database.ts';
import { assetInUse, deleteTrashEntries, originalInUse, trashEntries } from '../store/trash-repository.ts';

/**
 * Deletes trashed articles for good (all, or those with these ids), then the originals and images
 * that no article, in the library or in the Trash, uses any more: rows first, files after the commit,
 * so a crash leaves at worst an orphan file, never a row pointing at a missing one.
 */
export async function emptyTrash(
  context: { readonly dir: string; readonly db: DatabaseSync; readonly logger: Logger },
  ids?: readonly ArticleId[],
): Promise<EmptyTrashOutcome> {
  const { dir, db, logger } = context;
  const { deleted, files, freedBytes } = inTransaction(db, () => {
    const entries = trashEntries(db, ids);
    deleteTrashEntries(
      db,
      entries.map((entry) => entry.id),
    );
    const unused: string[] = [];
    let bytes = 0;
    for (const sha256 of new Set(entries.map((entry) => entry.originalSha256))) {
      if (originalInUse(db, sha256)) continue;
      const row = db.prepare('SELECT size, path FROM originals WHERE sha256 = ?').get(sha256) as
        { size: number; path: string } | undefined;
      if (row === undefined) continue;
      db.prepare('DELETE FROM originals WHERE sha256 = ?').run(sha256);
      unused.push(row.path);
      bytes += row.size;
    }
    for (const sha256 of new Set(entries.flatMap((entry) => entry.assetSha256s))) {
      if (assetInUse(db, sha256)) continue;
      const row = db.prepare('SELECT size FROM assets WHERE sha256 = ?').get(sha256) as
        { size: number } | undefined;
      if (row === undefined) continue;
      db.prepare('DELETE FROM assets WHERE sha256 = ?').run(sha256);
      unused.push(assetRelativePath(sha256));
      bytes += row.size;
    }
    return { deleted: entries.length, files: unused, freedBytes: bytes };
  });
  for (const file of files) {
    await rm(join(dir, file), { force: true }).catch((error: unknown) => {
      logger.warn('Could not remove a file of an emptied article', { file, error: String(error) });
    });
  }
  return { deleted, freedBytes };
}
