import { useRef, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import type { LinkDraft } from '../hooks/use-links-reader.ts';
import { useRelatedSuggestions } from '../hooks/use-related-suggestions.ts';
import { useSuggestionFocus } from '../hooks/use-suggestion-focus.ts';
import { BroughtBackNote } from './brought-back-note.tsx';
import { DismissedSuggestions } from './dismissed-suggestions.tsx';
import { RelatedSuggestionItem } from './related-suggestion-item.tsx';
import { UndoOffer } from './undo-offer.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly onOpen: (id: ArticleId) => void;
  readonly onLink: (draft: LinkDraft) => void;
  /** How many links the article has (linked articles are not suggested). */
  readonly linked: number;
}

/** Up to 10 articles Dossier thinks tell the same story, each saying why; accept one as a link or dismiss it. */
export function RelatedSuggestions({ articleId, onOpen, onLink, linked }: Props): ReactNode {
  const {
    suggestions,
    error,
    dismiss,
    undoable,
    undoDismiss,
    dropUndo,
    dismissed,
    bringBack,
    broughtBackUnlisted,
  } = useRelatedSuggestions(articleId);
  const section = useRef<HTMLElement>(null);
  const focus = useSuggestionFocus(section, articleId, suggestions);
  return (
    <section ref={section} className="related-suggestions" aria-label="Related stories">
      <h3 tabIndex={-1}>
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
        <p className="link-empty">{emptyWords(undoable, dismissed.length, linked)}</p>
      ) : null}
      {suggestions === null || suggestions.length === 0 ? null : (
        <>
          <p className="link-hint">
            Dismissing a suggestion hides it for good (Undo brings it back). Keys, on a suggestion:{' '}
            <kbd>a</kbd> link it, <kbd>d</kbd> dismiss it, <kbd>↑</kbd>/<kbd>↓</kbd> the one above or below.
          </p>
          <ul className="link-list">
            {suggestions.map((suggestion, index) => (
              <RelatedSuggestionItem
                key={suggestion.article.id}
                suggestion={suggestion}
                onOpen={onOpen}
                onLink={() => {
                  onLink({
                    target: suggestion.article,
                    madeBy: 'suggestion',
                    onClosed: (outcome) => {
                      focus.linkClosed(suggestion.article.id, index, outcome);
                    },
                  });
                }}
                onDismiss={() => {
                  focus.dismissing(suggestion.article.id, index);
                  void dismiss(suggestion.article.id);
                }}
                onMove={(step) => focus.move(index, step)}
              />
            ))}
          </ul>
        </>
      )}
      {broughtBackUnlisted.length === 0 ? null : (
        <BroughtBackNote articles={broughtBackUnlisted} onOpen={onOpen} />
      )}
      {suggestions === null || dismissed.length === 0 ? null : (
        <DismissedSuggestions
          articles={dismissed}
          onOpen={onOpen}
          onBringBack={(ids) => {
            void bringBack(ids);
          }}
        />
      )}
    </section>
  );
}

/**
 * Why no suggestion is listed. "None found" would deny what the reader saw when the last ones were
 * dismissed, during the Undo offer and after it (the dismissed are listed below, to bring back), and
 * when they were linked (a linked article is no longer suggested).
 */
function emptyWords(undoable: boolean, dismissed: number, linked: number): string {
  if (undoable) return 'No other related stories to suggest.';
  if (dismissed > 0)
    return `No other related stories to suggest: ${dismissed === 1 ? 'one was' : `${dismissed} were`} dismissed (below).`;
  if (linked > 0) return 'No other related stories to suggest beside the linked articles above.';
  return 'No related stories found: no other article shares enough names, wording or dates with this one.';
}
