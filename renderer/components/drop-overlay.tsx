import type { ReactNode } from 'react';

/** Shown over the whole window while files are dragged onto it. */
export function DropOverlay(): ReactNode {
  return (
    <div className="drop-overlay" aria-hidden="true">
      Drop to import
    </div>
  );
}
