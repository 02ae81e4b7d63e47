import type { ReactNode } from 'react';

interface Props {
  readonly open: boolean;
  readonly onOpen: () => void;
}

/** The sidebar's way into the Trash. */
export function TrashEntry({ open, onOpen }: Props): ReactNode {
  return (
    <nav className="trash-entry" aria-label="Trash">
      <button
        type="button"
        className="button quiet"
        aria-current={open ? 'page' : undefined}
        onClick={onOpen}
      >
        Trash
      </button>
    </nav>
  );
}
