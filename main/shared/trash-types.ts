import type { ArticleId } from './ids.ts';

/** An article in the Trash: deleted, restorable until the Trash is emptied. */
export interface TrashedArticle {
  /** The id it had (and gets back on restore when still free). */
  readonly id: ArticleId;
  readonly title: string;
  readonly siteName: string | null;
  /** ISO 8601. */
  readonly trashedAt: string;
}

/** What trashArticles did. */
export interface TrashOutcome {
  readonly trashed: number;
}

/** What restoreArticles did. */
export interface RestoreArticlesOutcome {
  readonly restored: number;
  /** The ids the restored articles have now (the old ones, unless they had been reused). */
  readonly ids: readonly ArticleId[];
  /** Links not restored because the article at their other end is gone. */
  readonly droppedLinks: number;
  /** Trashed articles left in the Trash because the same file was imported again meanwhile. */
  readonly skipped: number;
}

/** What emptyTrash did. */
export interface EmptyTrashOutcome {
  readonly deleted: number;
  /** Bytes of originals and images no longer used by any article, removed from disk. */
  readonly freedBytes: number;
}

/** What keepCopy did. */
export interface KeepCopyOutcome {
  readonly keptId: ArticleId;
  readonly trashedId: ArticleId;
  /** Links moved from the trashed copy to the kept one. */
  readonly movedLinks: number;
}
