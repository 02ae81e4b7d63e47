import type { ReactNode } from 'react';

interface Props {
  /** What was just done ("Thread name removed"). */
  readonly message: string;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/** "<what was done> · Undo ×": the app's undo toast for a change that is easy to make by mistake. */
export function UndoOffer({ message, onUndo, onDismiss }: Props): ReactNode {
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      {' · '}
      <button type="button" className="link-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
