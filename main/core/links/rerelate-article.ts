import type { DatabaseSync } from 'node:sqlite';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import { inTransaction } from '../store/database.ts';
import { relateNewArticle, saveRelations } from './article-relations.ts';
import { normalizeUrl } from './normalize-url.ts';
import { textFingerprint } from './text-fingerprint.ts';
import { forgetVersionIndex, versionIndex } from './version-index.ts';

type RelatablePage = Pick<CleanedPage, 'url' | 'status' | 'text' | 'wordCount'>;

/** The article and every other sharing its normalized URL or its version group. */
function copiesOf(db: DatabaseSync, id: number): number[] {
  const rows = db
    .prepare(
      `SELECT b.id FROM articles a JOIN articles b
         ON (b.normalized_url = a.normalized_url OR b.version_group = a.version_group)
       WHERE a.id = ?`,
    )
    .all(id) as { id: number }[];
  return [id, ...rows.map((row) => row.id)];
}

/**
 * A group is numbered after its first article: when that one's text changes, the others keep the
 * group under the number of the oldest of them, so that it can leave it (or join it again).
 */
function passOnGroup(db: DatabaseSync, id: ArticleId): void {
  const { heir } = db
    .prepare('SELECT min(id) AS heir FROM articles WHERE version_group = ? AND id <> ?')
    .get(id, id) as { heir: number | null };
  if (heir === null) return;
  db.prepare('UPDATE articles SET version_group = ? WHERE version_group = ?').run(heir, id);
  // The cached fingerprints carry the old number; read again (without the article's, now cleared).
  forgetVersionIndex(db);
}

/**
 * Relates a re-cleaned article again, as if it were imported now: stores the canonical URL its new
 * page gives, the normalized URL, the text fingerprint and the version group. Returns every article
 * whose copies may have changed (the old partners, the new ones, and the article), so that what is
 * derived from them, like the "is:duplicate" flags, can be recomputed.
 */
export function rerelateArticle(db: DatabaseSync, id: ArticleId, page: RelatablePage): ArticleId[] {
  const stored = db.prepare('SELECT url, normalized_url, fingerprint FROM articles WHERE id = ?').get(id) as
    { url: string | null; normalized_url: string | null; fingerprint: string | null } | undefined;
  const fingerprint = page.status === 'ok' ? textFingerprint(page.text) : null;
  // Re-cleaning a whole library mostly changes neither: no fingerprint scan for those.
  if (
    stored === undefined ||
    (stored.url === page.url &&
      stored.normalized_url === normalizeUrl(page.url) &&
      stored.fingerprint === fingerprint)
  )
    return [];
  const before = copiesOf(db, id);
  // Its old fingerprint must not be found as a version of its new text.
  const cached = versionIndex(db);
  const own = cached.findIndex((entry) => entry.id === id);
  if (own >= 0) cached.splice(own, 1);
  try {
    inTransaction(db, () => {
      db.prepare(
        'UPDATE articles SET url = ?, normalized_url = NULL, fingerprint = NULL, version_group = NULL WHERE id = ?',
      ).run(page.url, id);
      if (stored.fingerprint !== fingerprint) passOnGroup(db, id);
      saveRelations(db, id, relateNewArticle(db, page));
    });
  } catch (error) {
    // The cache now disagrees with the rolled-back rows: read again on next use.
    forgetVersionIndex(db);
    throw error;
  }
  return [...new Set([...before, ...copiesOf(db, id)])].map(toArticleId);
}
