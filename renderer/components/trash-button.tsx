import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';

/** Moves the selected article to the Trash (the Delete key does the same). */
export function TrashButton({
  activeId,
  onTrash,
}: {
  readonly activeId: ArticleId | null;
  readonly onTrash: (id: ArticleId) => void;
}): ReactNode {
  return (
    <button
      type="button"
      className="button quiet"
      disabled={activeId === null}
      aria-keyshortcuts="Delete"
      title="Move the selected article to the Trash (Delete)"
      onClick={() => {
        if (activeId !== null) onTrash(activeId);
      }}
    >
      Move to Trash
    </button>
  );
}
