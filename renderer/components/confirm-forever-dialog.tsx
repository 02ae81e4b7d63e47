import type { ReactNode } from 'react';

interface Props {
  /** How many trashed articles would be deleted. */
  readonly count: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before deleting for good, saying plainly that it cannot be undone. */
export function ConfirmForeverDialog({ count, onConfirm, onCancel }: Props): ReactNode {
  const what = count === 1 ? 'this article' : `these ${count} articles`;
  return (
    <section
      className="confirm-dialog"
      role="alertdialog"
      aria-label="Delete forever"
      aria-describedby="confirm-forever-text"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p id="confirm-forever-text">
        Delete {what} forever? This cannot be undone: the text, entity tags, links and the saved original file
        are removed from the library.
      </p>
      <div className="confirm-actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          Delete forever
        </button>
        {/* Focus starts on the harmless choice, so a stray Enter does not destroy anything. */}
        <button type="button" className="button quiet" autoFocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
