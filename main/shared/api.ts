import type { ApiMethod } from './methods.ts';
import type { ApiRequest } from './schemas.ts';
import type { ArticleId, BatchId } from './ids.ts';
import type { ArticleEntities, Entity, EntityList, EntityPage, TagPreview } from './entity-types.ts';
import type { ArticleLink, ArticleLinks } from './link-types.ts';
import type { Result } from './result.ts';
import type { ArticleGraph, StoryThread, ThreadName, ThreadSummary } from './thread-types.ts';
import type {
  EmptyTrashOutcome,
  KeepCopyOutcome,
  RestoreArticlesOutcome,
  TrashedArticle,
  TrashOutcome,
} from './trash-types.ts';
import type { LibraryHealth } from './health-types.ts';
import type {
  ArticleDetail,
  ArticleExport,
  ArticlePage,
  ArticleRelations,
  ArticleSummary,
  CleaningReport,
  ImportBatch,
  ImportProgress,
  LibraryInfo,
  OriginalPage,
  RelatedSuggestion,
  SavedSearch,
  SearchIndexState,
  SearchResults,
  ArticleMatches,
} from './types.ts';

/** What each method answers. */
export interface ApiResponses {
  getLibraryInfo: LibraryInfo;
  listArticles: ArticlePage;
  getArticle: ArticleDetail;
  getOriginal: OriginalPage;
  search: SearchResults;
  startImport: { readonly batchId: BatchId };
  uploadFiles: { readonly accepted: number };
  cancelImport: { readonly cancelled: boolean };
  getImportBatch: ImportBatch;
  getCleaningReport: CleaningReport;
  setCleaningOptions: ArticleDetail;
  recleanLibrary: { readonly batchId: BatchId };
  getArticleRelations: ArticleRelations;
  getArticleLinks: ArticleLinks;
  addArticleLink: ArticleLink;
  updateArticleLink: ArticleLink;
  /** The link as it was, for restoreArticleLink to undo. */
  removeArticleLink: { readonly removed: ArticleLink };
  restoreArticleLink: ArticleLink;
  exportLinks: ArticleExport;
  exportArticle: ArticleExport;
  findMatches: ArticleMatches;
  listSavedSearches: { readonly searches: readonly SavedSearch[] };
  saveSearch: SavedSearch;
  renameSavedSearch: SavedSearch;
  deleteSavedSearch: { readonly deleted: SavedSearch };
  getArticleEntities: ArticleEntities;
  acceptSuggestion: ArticleEntities;
  acceptAllSuggestions: ArticleEntities;
  rejectSuggestion: ArticleEntities;
  tagMention: ArticleEntities;
  previewTagEverywhere: TagPreview;
  tagEverywhere: { readonly added: number };
  removeMention: ArticleEntities;
  moveMention: ArticleEntities;
  listEntities: EntityList;
  getEntityPage: EntityPage;
  updateEntity: Entity;
  mergeEntities: Entity;
  splitEntity: Entity;
  exportEntities: ArticleExport;
  suggestLibraryEntities: { readonly queued: number };
  getRelatedSuggestions: {
    readonly suggestions: readonly RelatedSuggestion[];
    /** The articles dismissed for this one (never suggested for it again unless restored), latest first. */
    readonly dismissed: readonly ArticleSummary[];
  };
  /** Nothing to answer: the pair is dismissed. */
  dismissRelatedSuggestion: undefined;
  /** Nothing to answer: the pair may be suggested again (the undo of a dismissal). */
  restoreRelatedSuggestion: undefined;
  trashArticles: TrashOutcome;
  restoreArticles: RestoreArticlesOutcome;
  listTrash: { readonly items: readonly TrashedArticle[] };
  emptyTrash: EmptyTrashOutcome;
  keepCopy: KeepCopyOutcome;
  getThread: StoryThread;
  nameThread: ThreadName;
  renameThread: ThreadName;
  deleteThreadName: { readonly deleted: ThreadName };
  listThreads: { readonly threads: readonly ThreadSummary[] };
  exportThread: ArticleExport;
  getArticleGraph: ArticleGraph;
  getLibraryHealth: LibraryHealth;
}

/** The one contract the UI talks to, served over Electron IPC and over `dossier serve`. */
export type ArchiveApi = {
  readonly [M in ApiMethod]: (request: ApiRequest<M>) => Promise<Result<ApiResponses[M]>>;
};

/** Events pushed from the archive to the UI. */
export type ArchiveEvent =
  | { readonly type: 'import-progress'; readonly progress: ImportProgress }
  | { readonly type: 'import-finished'; readonly batch: ImportBatch }
  | { readonly type: 'library-changed' }
  /** An article's entity suggestions were (re)computed in the background. */
  | { readonly type: 'entities-changed'; readonly articleId: ArticleId }
  /** A link between these two articles was added, changed, removed or restored. */
  | { readonly type: 'links-changed'; readonly articleIds: readonly ArticleId[] }
  /** A thread was named, renamed or had its name removed. */
  | { readonly type: 'threads-changed' }
  /** The start-up integrity check started, finished, or repaired something. */
  | { readonly type: 'library-health'; readonly health: LibraryHealth }
  /** The search index is being rebuilt (progress), became ready, or could not be rebuilt. */
  | { readonly type: 'search-index'; readonly state: SearchIndexState };

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** What the Electron preload exposes as `window.archive`: exactly the contract plus events and dropped-file paths. */
export type ArchiveBridge = ArchiveApi & {
  readonly onEvent: (listener: (event: ArchiveEvent) => void) => Unsubscribe;
  /** The absolute path of a dropped or picked File (Electron's webUtils.getPathForFile); '' when it has none. */
  readonly pathForFile: (file: File) => string;
};

/** The IPC channel of a method: derived, never typed by hand. */
export function channelOf(method: ApiMethod): string {
  return `dossier:${method}`;
}

/** The IPC channel that carries ArchiveEvents. */
export const eventChannel = 'dossier:event';

/** The HTTP route of a method on `dossier serve` (POST, JSON body). */
export function routeOf(method: ApiMethod): string {
  return `/api/${method}`;
}

/** The HTTP route that streams ArchiveEvents (Server-Sent Events). */
export const eventsRoute = '/api/events';

/** The header that carries the per-run token of `dossier serve`. */
export const tokenHeader = 'x-dossier-token';

/** What a transport serves: the contract plus its events (core's Library is one). */
export type ArchiveService = ArchiveApi & {
  readonly onEvent: (listener: (event: ArchiveEvent) => void) => Unsubscribe;
};
