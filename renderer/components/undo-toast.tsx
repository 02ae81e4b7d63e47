import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages.ts';
import type { TrashAction } from '../hooks/use-trash-action.ts';

/** "Moved to Trash · Undo" after a delete, or why the delete failed. */
export function UndoToast({ action }: { readonly action: TrashAction }): ReactNode {
  const { undoable, error } = action;
  if (undoable === null && error === null) return null;
  return (
    <div className="undo-toast" role="status">
      {error !== null ? (
        <span>{describeError(error)}</span>
      ) : (
        <>
          <span>{undoable?.length === 1 ? 'Moved to Trash' : `Moved ${undoable?.length ?? 0} to Trash`}</span>
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
