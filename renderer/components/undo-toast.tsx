import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages.ts';
import type { TrashAction, TrashedArticle } from '../hooks/use-trash-action.ts';
import { shortTitle } from './short-title.ts';

/** "Moved “Title” to Trash · Undo" after a delete, or why the delete failed. */
export function UndoToast({ action }: { readonly action: TrashAction }): ReactNode {
  const { undoable, error } = action;
  if (undoable === null && error === null) return null;
  return (
    <div className="undo-toast" role="status">
      {error !== null ? (
        <span>{describeError(error)}</span>
      ) : (
        <>
          <span>{movedWords(undoable ?? [])}</span>
          {' · '}
          <button type="button" className="link-button" onClick={() => void action.undo()}>
            Undo
          </button>
        </>
      )}
      <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={action.dismiss}>
        ×
      </button>
    </div>
  );
}

/**
 * Which articles went: several by their number, one by its title, shortened and isolated (`<bdi>`)
 * so a right-to-left title leaves the sentence around it in order.
 */
function movedWords(articles: readonly TrashedArticle[]): ReactNode {
  const [only] = articles;
  if (articles.length !== 1 || only === undefined) return `Moved ${articles.length} articles to Trash`;
  return (
    <>
      Moved “<bdi>{shortTitle(only.title)}</bdi>” to Trash
    </>
  );
}
