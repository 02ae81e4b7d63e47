import type { ReactNode } from 'react';

/** Nothing is open yet. */
export function NothingOpen(): ReactNode {
  return (
    <div className="placeholder">
      <p>
        Select an article to read.
        <br />
        Press <kbd>/</kbd> to search.
      </p>
    </div>
  );
}
