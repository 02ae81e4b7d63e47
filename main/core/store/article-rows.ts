import { toArticleId } from '../../shared/ids.ts';
import type { ArticleDetail, ArticleStatus, ArticleSummary } from '../../shared/types.ts';

/** The columns of `articles` a summary needs, as SQLite returns them. */
export interface SummaryRow {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  readonly site_name: string | null;
  readonly published_time: string | null;
  readonly added_at: string;
  /** The capture date, read only when there is no published date. */
  readonly undated_captured_at: string | null;
  readonly url: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly word_count: number;
  readonly status: string;
}

/** A summary row joined with content, original and provenance. */
export interface DetailRow extends SummaryRow {
  readonly html: string;
  readonly text: string;
  readonly cleaner_version: number;
  readonly original_sha256: string;
  readonly size: number;
  readonly file_name: string;
  readonly file_path: string;
  readonly modified_at: string | null;
  readonly captured_at: string | null;
  readonly charset: string;
}

/**
 * The SELECT list matching SummaryRow (articles aliased as a). The capture date comes from the
 * provenance row only for an article without a published date (none or empty, as the date filters
 * read it: query/row-store.ts), so lists show the date the filters use. A page of 20 search hits paid ~0.5 ms
 * for 20 more random page reads when every hit looked it up (100,000 articles).
 */
export const summaryColumns =
  'a.id, a.title, a.byline, a.site_name, a.published_time, a.added_at, a.url, a.lang, a.excerpt, a.word_count, a.status, ' +
  "CASE WHEN nullif(a.published_time, '') IS NULL THEN (SELECT pc.captured_at FROM provenance pc WHERE pc.article_id = a.id) END AS undated_captured_at";

function toStatus(value: string): ArticleStatus {
  if (value === 'ok' || value === 'no-article') return value;
  // The CHECK constraint makes any other value a corrupted file or a bug.
  throw new Error(`Unknown article status in database: ${value}`);
}

/** Maps a row to the contract's summary. */
export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: toArticleId(row.id),
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    publishedTime: row.published_time,
    addedAt: row.added_at,
    undatedCapturedAt: row.undated_captured_at,
    url: row.url,
    lang: row.lang,
    excerpt: row.excerpt,
    wordCount: row.word_count,
    status: toStatus(row.status),
  };
}

/** Maps a joined row to the contract's detail. */
export function toDetail(row: DetailRow): ArticleDetail {
  return {
    ...toSummary(row),
    html: row.html,
    text: row.text,
    provenance: {
      sha256: row.original_sha256,
      fileName: row.file_name,
      filePath: row.file_path,
      size: row.size,
      modifiedAt: row.modified_at,
      capturedAt: row.captured_at,
      cleanerVersion: row.cleaner_version,
      charset: row.charset,
    },
  };
}
