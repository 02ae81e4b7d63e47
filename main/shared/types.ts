import type { ArticleId, BatchId } from './ids.ts';
import type { ApiError } from './result.ts';

/** Whether Readability found an article in the page. */
export type ArticleStatus = 'ok' | 'no-article';

/** What the library list shows for one article. Titles and bylines are plain text, never HTML. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly title: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  /** ISO 8601, as declared by the page. */
  readonly publishedTime: string | null;
  /** ISO 8601, when the article entered the library. */
  readonly addedAt: string;
  /**
   * For an article with no published date only: the ISO 8601 capture date from the saved page
   * (SingleFile, MHTML, Chrome's saved-from comment), which lists show in its place; null when unknown,
   * and always null for an article with a published date (its detail's provenance has the capture date).
   */
  readonly undatedCapturedAt: string | null;
  readonly url: string | null;
  readonly lang: string | null;
  readonly excerpt: string | null;
  readonly wordCount: number;
  readonly status: ArticleStatus;
}

/** Where an article's original came from. */
export interface Provenance {
  readonly sha256: string;
  readonly fileName: string;
  /** The path as the user gave it (absolute for the CLI and Electron, relative for browser drops). */
  readonly filePath: string;
  readonly size: number;
  /** ISO 8601 file modification time, when known. */
  readonly modifiedAt: string | null;
  /** ISO 8601 capture date from the page (e.g. Chrome's saved-from comment), when known. */
  readonly capturedAt: string | null;
  readonly cleanerVersion: number;
  /** The charset the original bytes were decoded with. */
  readonly charset: string;
}

/** Everything the reader needs for one article. */
export interface ArticleDetail extends ArticleSummary {
  /** Sanitized article HTML: no script, no event handlers, no remote loads. Empty when status is 'no-article'. */
  readonly html: string;
  /** Plain text, one block per line. */
  readonly text: string;
  readonly provenance: Provenance;
}

/** Other copies of an article: the same normalized URL, or near-identical text (a version group). */
export interface ArticleRelations {
  readonly sameUrl: readonly ArticleSummary[];
  readonly versions: readonly ArticleSummary[];
}

/** An article exported as a file (JSON or Markdown with YAML front matter). */
export interface ArticleExport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}

/** The decoded original page, to be shown in a sandboxed frame. */
export interface OriginalPage {
  readonly id: ArticleId;
  readonly html: string;
}

/** One page of the library list. */
export interface ArticlePage {
  readonly items: readonly ArticleSummary[];
  readonly total: number;
}

/** One search result. */
export interface SearchHit {
  readonly article: ArticleSummary;
  readonly score: number;
  /** One to three extracts of the body, best first; the start of the body when only metadata matched; none when it is empty. */
  readonly snippets: readonly Snippet[];
}

/** A short plain-text extract; `highlights` are [start, end) offsets of the matched words in `text`. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly (readonly [number, number])[];
}

/** How search results are ordered: best match first, or newest first (published, else captured; undated last). */
export type SearchSort = 'relevance' | 'date';

/** The answer to a search. */
export interface SearchResults {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  /** Phrases were verified only as far as the page needed: `total` is an estimate ("about 1,200"). */
  readonly totalIsEstimate: boolean;
  /** Parts of the query that were ignored (unknown filter, bad date), with an explanation each. */
  readonly problems: readonly { readonly text: string; readonly message: string }[];
  /** When the exact query found nothing: the corrected query these (fuzzy) hits answer instead. */
  readonly didYouMean?: string;
  /** The hits answer `didYouMean`, not the query as typed. */
  readonly fuzzy?: boolean;
  /**
   * Exact-phrase checks ran out of this call's time budget before the page was filled: these hits
   * are right and in order, more may follow; ask again from `offset + hits.length`.
   */
  readonly partial?: boolean;
  /** The search index is being rebuilt (after a restore or a damaged cache): no hits until it is done. */
  readonly indexing?: SearchIndexProgress;
}

/** How far a rebuild of the search index has got, in articles. */
export interface SearchIndexProgress {
  readonly done: number;
  readonly total: number;
}

/** Whether search can answer: ready, rebuilding its index, or unavailable (the rebuild failed). */
export type SearchIndexState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'rebuilding'; readonly progress: SearchIndexProgress }
  | { readonly kind: 'failed'; readonly message: string };

/** What happened to one file of an import. */
export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** The outcome of one file. */
export interface ImportOutcome {
  readonly file: string;
  readonly status: ImportStatus;
  readonly id?: ArticleId;
  readonly duplicateOf?: { readonly id: ArticleId; readonly title: string };
  /** An imported article whose normalized URL matches an older one: "another copy of …". */
  readonly sameUrlAs?: { readonly id: ArticleId; readonly title: string };
  readonly error?: ApiError;
}

/** Live state of an import batch; sent as events and returned by getImportBatch. */
export interface ImportProgress {
  readonly batchId: BatchId;
  /** Files known so far (grows while folders are walked or uploads arrive). */
  readonly total: number;
  readonly done: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly current: string | null;
  readonly state: 'running' | 'finished' | 'cancelled';
  /** A re-clean batch counts re-cleaned articles as `imported` (absent means 'import'). */
  readonly kind?: 'import' | 'reclean';
}

/** A finished or running batch with every outcome so far. */
export interface ImportBatch extends ImportProgress {
  readonly outcomes: readonly ImportOutcome[];
}

/** Library-level facts for the status bar and empty state. */
export interface LibraryInfo {
  readonly path: string;
  readonly articleCount: number;
  readonly schemaVersion: number;
  /** Articles cleaned by an older version of the cleaner than this one. */
  readonly outdatedCount: number;
}

/** What kind of page furniture cleaning removed ('status': live/updated lines and kickers; 'metadata': byline/date lines moved to the details). */
export type RemovedKind =
  | 'icon'
  | 'promo'
  | 'share'
  | 'player'
  | 'cookie'
  | 'ad'
  | 'newsletter'
  | 'duplicate'
  | 'status'
  | 'pull-quote'
  | 'navigation'
  | 'metadata';

/** One block cleaning removed from an article; `id` is stable for the same original and options. */
export interface RemovedBlockInfo {
  readonly id: string;
  readonly rule: string;
  readonly kind: RemovedKind;
  readonly text: string;
}

/** The options an article was cleaned with: rules switched off and removed blocks kept. */
export interface CleaningOptions {
  readonly disabledRules: readonly string[];
  readonly keptBlocks: readonly string[];
}

/** What cleaning removed from one article, and the options it was cleaned with. */
export interface CleaningReport extends CleaningOptions {
  readonly articleId: ArticleId;
  readonly cleanerVersion: number;
  readonly removed: readonly RemovedBlockInfo[];
  /** Removed blocks per kind (kinds with none are absent). */
  readonly counts: Partial<Record<RemovedKind, number>>;
}

/** A named query in the sidebar, with how many articles it finds now. */
export interface SavedSearch {
  readonly id: number;
  readonly name: string;
  readonly query: string;
  /** The sort the results were shown in when it was saved; null means relevance. */
  readonly sort: string | null;
  /** ISO 8601. */
  readonly createdAt: string;
  /** Null while the search index is being rebuilt. */
  readonly count: number | null;
}

/** The distinct surface words of an article's text that a query matches, for the reader to mark. */
export interface ArticleMatches {
  readonly id: ArticleId;
  readonly words: readonly string[];
}

/** Why an article is suggested as related to another, one piece of evidence. */
export type RelatedReason =
  | {
      readonly kind: 'shared-entities';
      // `type` is an EntityType (entity-types.ts imports this file, so it is spelled as its alias, string).
      readonly entities: readonly { readonly name: string; readonly type: string; readonly weight: number }[];
    }
  | { readonly kind: 'similar-wording'; readonly similarity: number; readonly words: readonly string[] }
  | { readonly kind: 'shared-numbers'; readonly values: readonly string[] }
  | { readonly kind: 'close-in-time'; readonly days: number }
  | { readonly kind: 'same-url' }
  | { readonly kind: 'version' }
  /** Both articles are confidently related to (or linked by hand to) the same third article. */
  | { readonly kind: 'thread'; readonly via: { readonly id: ArticleId; readonly title: string } };

/** An article suggested as related to another, with its evidence. */
export interface RelatedSuggestion {
  readonly article: ArticleSummary;
  /** 0..1, calibrated so that 0.5 or more means confident. */
  readonly score: number;
  /** Strongest first. */
  readonly reasons: readonly RelatedReason[];
  /** One line for the UI: "Shares Sergey Lavrov, Anatoly Antonov · similar wording · 2 days apart". */
  readonly summary: string;
}
