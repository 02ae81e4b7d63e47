import { useCallback, useEffect, useState } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import type { ArticleSummary, RelatedSuggestion } from '../../main/shared/types.ts';
import { useClient } from '../api/client-context.ts';
import { useArchiveEvent } from './use-archive-event.ts';
import { usePendingDismissals, type Dismissal } from './use-pending-dismissals.ts';
import { useUndoOffer } from './use-undo-offer.ts';

/** How many suggestions the reader shows. */
const shown = 10;

/** An article's related-story suggestions (null while loading) and dismissing one, with undo. */
export interface RelatedSuggestionsState {
  readonly suggestions: readonly RelatedSuggestion[] | null;
  readonly error: ApiError | null;
  /** Stops suggesting `otherId` for this article, for good (unless undone). */
  readonly dismiss: (otherId: ArticleId) => Promise<void>;
  /** Whether the last dismissal made here can still be undone. */
  readonly undoable: boolean;
  readonly undoDismiss: () => Promise<void>;
  readonly dropUndo: () => void;
  /** The articles dismissed for this one, latest first (from the library, so also after a reload). */
  readonly dismissed: readonly ArticleSummary[];
  /** Suggests these dismissed articles for this one again. */
  readonly bringBack: (ids: readonly ArticleId[]) => Promise<void>;
  /**
   * Articles brought back here that the library's answer lists neither as suggestions nor as
   * dismissed: weaker than those suggested now (the library shows none far under the best), they
   * would otherwise be nowhere to find.
   */
  readonly broughtBackUnlisted: readonly ArticleSummary[];
}

/** Loads up to 10 suggestions, again whenever the article's links or entities, or the library, change. */
export function useRelatedSuggestions(articleId: ArticleId): RelatedSuggestionsState {
  const client = useClient();
  const [answer, setAnswer] = useState<{
    id: ArticleId;
    suggestions: readonly RelatedSuggestion[];
    dismissed: readonly ArticleSummary[];
  } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  const pending = usePendingDismissals();
  const { ask, answered, add, forget } = pending;

  useEffect(() => {
    let current = true;
    const number = ask();
    void client.getRelatedSuggestions({ id: articleId, limit: shown }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setAnswer({ id: articleId, ...result.value });
        answered(number);
      }
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [client, articleId, generation, ask, answered]);

  // Other articles' entity events are left out: an import sends one per article, and import-finished follows.
  useArchiveEvent((event) => {
    if (
      (event.type === 'links-changed' && event.articleIds.includes(articleId)) ||
      (event.type === 'entities-changed' && event.articleId === articleId) ||
      event.type === 'library-changed' ||
      event.type === 'import-finished'
    )
      reload();
  });

  const undo = useUndoOffer<Dismissal>();
  const { offer } = undo;
  const dismiss = useCallback(
    async (otherId: ArticleId) => {
      const made: Dismissal = { from: articleId, otherId };
      add(made, false);
      const result = await client.dismissRelatedSuggestion({ id: articleId, otherId });
      setError(result.ok ? null : result.error);
      if (result.ok) {
        offer(made);
        add(made, true);
      } else forget(made);
      // Reload either way: it supersedes any answer asked for before the dismissal.
      reload();
    },
    [client, articleId, offer, add, forget, reload],
  );

  const undoDismiss = useCallback(async () => {
    const taken = undo.take();
    if (taken === null) return;
    const result = await client.restoreRelatedSuggestion({ id: taken.from, otherId: taken.otherId });
    setError(result.ok ? null : result.error);
    if (result.ok) forget(taken);
    reload();
  }, [client, undo, forget, reload]);

  const mine = answer?.id === articleId ? answer : null;
  const [broughtBack, setBroughtBack] = useState<{
    id: ArticleId;
    articles: readonly ArticleSummary[];
  } | null>(null);
  const dismissedNow = mine?.dismissed;
  const bringBack = useCallback(
    async (ids: readonly ArticleId[]) => {
      undo.drop();
      for (const otherId of ids) {
        const result = await client.restoreRelatedSuggestion({ id: articleId, otherId });
        setError(result.ok ? null : result.error);
        if (!result.ok) break;
        forget({ from: articleId, otherId });
        const article = dismissedNow?.find((a) => a.id === otherId);
        if (article !== undefined)
          setBroughtBack((previous) => ({
            id: articleId,
            articles: [
              ...(previous?.id === articleId ? previous.articles.filter((a) => a.id !== otherId) : []),
              article,
            ],
          }));
      }
      reload();
    },
    [client, undo, articleId, forget, reload, dismissedNow],
  );

  const hidden = pending.hiddenFrom(articleId);
  return {
    suggestions: mine?.suggestions.filter((s) => !hidden.has(s.article.id)) ?? null,
    error,
    dismiss,
    // A dismissal made in another article cannot be undone from here once that one is closed.
    undoable: undo.offered?.from === articleId,
    undoDismiss,
    dropUndo: undo.drop,
    dismissed: mine?.dismissed ?? [],
    bringBack,
    broughtBackUnlisted:
      mine === null || broughtBack?.id !== articleId
        ? []
        : broughtBack.articles.filter(
            (article) =>
              !mine.suggestions.some((s) => s.article.id === article.id) &&
              !mine.dismissed.some((d) => d.id === article.id),
          ),
  };
}
