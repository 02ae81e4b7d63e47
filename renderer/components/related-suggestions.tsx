import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import type { LinkDraft } from '../hooks/use-links-reader.ts';
import { useRelatedSuggestions } from '../hooks/use-related-suggestions.ts';
import { RelatedSuggestionItem } from './related-suggestion-item.tsx';
import { UndoOffer } from './undo-offer.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly onOpen: (id: ArticleId) => void;
  readonly onLink: (draft: LinkDraft) => void;
}

/** Up to 10 articles Dossier thinks tell the same story, each saying why; accept one as a link or dismiss it. */
export function RelatedSuggestions({ articleId, onOpen, onLink }: Props): ReactNode {
  const { suggestions, error, dismiss, undoable, undoDismiss, dropUndo, dismissedHere, restoreDismissed } =
    useRelatedSuggestions(articleId);
  return (
    <section className="related-suggestions" aria-label="Related stories">
      <h3>
        Related stories{' '}
        {suggestions === null || suggestions.length === 0 ? null : (
          <span className="entity-count">{suggestions.length}</span>
        )}
      </h3>
      {error === null ? null : (
        <div className="notice error" role="alert">
          {describeError(error)}
        </div>
      )}
      {undoable ? (
        <UndoOffer message="Suggestion dismissed" onUndo={() => void undoDismiss()} onDismiss={dropUndo} />
      ) : null}
      {suggestions === null && error === null ? (
        <p className="link-empty">Looking for related stories…</p>
      ) : null}
      {suggestions?.length === 0 ? (
        <p className="link-empty">
          {emptyWords(undoable, dismissedHere)}
          {undoable || dismissedHere === 0 ? null : (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => void restoreDismissed()}>
                {dismissedHere === 1 ? 'Bring it back' : 'Bring them back'}
              </button>
            </>
          )}
        </p>
      ) : null}
      {suggestions === null || suggestions.length === 0 ? null : (
        <>
          <p className="link-hint">Dismissing a suggestion hides it for good (Undo brings it back).</p>
          <ul className="link-list">
            {suggestions.map((suggestion) => (
              <RelatedSuggestionItem
                key={suggestion.article.id}
                suggestion={suggestion}
                onOpen={onOpen}
                onLink={() => {
                  onLink({ target: suggestion.article, madeBy: 'suggestion' });
                }}
                onDismiss={() => void dismiss(suggestion.article.id)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Why no suggestion is listed. "None found" would deny what the reader saw when the last ones were
 * dismissed here, during the Undo offer and after it has gone.
 */
function emptyWords(undoable: boolean, dismissedHere: number): string {
  if (undoable) return 'No other related stories to suggest.';
  if (dismissedHere === 1) return 'No other related stories to suggest: you dismissed the last one.';
  if (dismissedHere > 1)
    return `No other related stories to suggest: you dismissed the last ${dismissedHere}.`;
  return 'No related stories found: no other article shares enough names, wording or dates with this one.';
}
