import type { DatabaseSync } from 'node:sqlite';
import { toArticleId, type ArticleId } from '../../shared/ids.ts';
import type { ArticleRelations, ArticleSummary } from '../../shared/types.ts';
import type { CleanedPage } from '../clean/cleaned-page.ts';
import { summaryColumns, toSummary, type SummaryRow } from '../store/article-rows.ts';
import { inTransaction } from '../store/database.ts';
import { normalizeUrl } from './normalize-url.ts';
import { textFingerprint } from './text-fingerprint.ts';
import { addVersionEntry, findVersionGroup, forgetVersionIndex } from './version-index.ts';

/** What a new article shares with the library, found before it is inserted. */
export interface NewArticleRelations {
  readonly normalizedUrl: string | null;
  readonly fingerprint: string | null;
  readonly wordCount: number;
  /** The oldest article with the same normalized URL. */
  readonly sameUrlAs: { readonly id: ArticleId; readonly title: string } | null;
  /** The version group the article joins, or null to start its own. */
  readonly versionGroup: number | null;
}

type RelatablePage = Pick<CleanedPage, 'url' | 'status' | 'text' | 'wordCount'>;

/** Looks up the same-URL article and the version group of a cleaned page about to be inserted. */
export function relateNewArticle(db: DatabaseSync, page: RelatablePage): NewArticleRelations {
  const normalizedUrl = normalizeUrl(page.url);
  const fingerprint = page.status === 'ok' ? textFingerprint(page.text) : null;
  const same =
    normalizedUrl === null
      ? undefined
      : (db
          .prepare('SELECT id, title FROM articles WHERE normalized_url = ? ORDER BY id LIMIT 1')
          .get(normalizedUrl) as { id: number; title: string } | undefined);
  return {
    normalizedUrl,
    fingerprint,
    wordCount: page.wordCount,
    sameUrlAs: same === undefined ? null : { id: toArticleId(same.id), title: same.title },
    versionGroup: fingerprint === null ? null : findVersionGroup(db, fingerprint, page.wordCount),
  };
}

/** Stores what relateNewArticle found; an article starting a group is its first member. */
export function saveRelations(db: DatabaseSync, id: ArticleId, relations: NewArticleRelations): void {
  const group = relations.versionGroup ?? id;
  db.prepare('UPDATE articles SET normalized_url = ?, fingerprint = ?, version_group = ? WHERE id = ?').run(
    relations.normalizedUrl,
    relations.fingerprint,
    group,
    id,
  );
  if (relations.fingerprint !== null) {
    addVersionEntry(db, { id, fingerprint: relations.fingerprint, wordCount: relations.wordCount, group });
  }
}

/**
 * Relates the articles stored before URLs were normalized and texts fingerprinted (their
 * version_group is null), oldest first, as if they had been imported now. Returns how many.
 */
export function relateUnrelatedArticles(db: DatabaseSync): number {
  const rows = db
    .prepare('SELECT id, url, status, text, word_count FROM articles WHERE version_group IS NULL ORDER BY id')
    .all() as { id: number; url: string | null; status: string; text: string; word_count: number }[];
  if (rows.length === 0) return 0;
  try {
    inTransaction(db, () => {
      for (const row of rows) {
        const status = row.status === 'ok' ? 'ok' : 'no-article';
        const page = { url: row.url, status, text: row.text, wordCount: row.word_count } as const;
        saveRelations(db, toArticleId(row.id), relateNewArticle(db, page));
      }
    });
  } catch (error) {
    forgetVersionIndex(db);
    throw error;
  }
  return rows.length;
}

/** The other articles with the same normalized URL, and the other versions of the same text; null when unknown. */
export function getArticleRelations(db: DatabaseSync, id: ArticleId): ArticleRelations | null {
  const own = db.prepare('SELECT normalized_url, version_group FROM articles WHERE id = ?').get(id) as
    { normalized_url: string | null; version_group: number | null } | undefined;
  if (own === undefined) return null;
  // `column` is one of the two literals below, never request text.
  const others = (
    column: 'normalized_url' | 'version_group',
    value: string | number | null,
  ): ArticleSummary[] =>
    value === null
      ? []
      : (
          db
            .prepare(
              `SELECT ${summaryColumns} FROM articles a WHERE a.${column} = ? AND a.id <> ? ORDER BY a.id`,
            )
            .all(value, id) as unknown as SummaryRow[]
        ).map(toSummary);
  return {
    sameUrl: others('normalized_url', own.normalized_url),
    versions: others('version_group', own.version_group),
  };
}
