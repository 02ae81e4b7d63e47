import type { ArticleStatus } from '../../shared/types.ts';
import type { RemovedBlock } from './junk-rule.ts';

/** Bumped whenever cleaning output changes, so articles can be re-cleaned from their originals. */
export const CLEANER_VERSION = 3;

/** What cleaning one saved page produces (nothing here is stored yet). */
export interface CleanedPage {
  readonly status: ArticleStatus;
  readonly title: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  /** ISO 8601 when parseable, otherwise as declared. */
  readonly publishedTime: string | null;
  /** Canonical URL: <link rel=canonical>, og:url, or Chrome's "saved from url=" comment. */
  readonly url: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly wordCount: number;
  /** Sanitized article HTML ('' when status is 'no-article'). */
  readonly html: string;
  /** Plain text, one block (paragraph, heading, list item, caption) per line. */
  readonly text: string;
  /** Capture date from the page itself (saved-from comment, SingleFile header), ISO 8601. */
  readonly capturedAt: string | null;
  /** The charset the bytes were decoded with. */
  readonly charset: string;
  /** What the junk passes removed (rule, kind, text), so removals can be audited. */
  readonly removed: readonly RemovedBlock[];
  readonly cleanerVersion: number;
}

/** Input to cleaning: the original bytes and the name they came under. */
export interface CleanInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}
