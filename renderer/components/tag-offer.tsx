import type { ReactNode } from 'react';

interface Props {
  /** The selection's box in the window, or null to show only a problem (at the bar). */
  readonly at: { readonly top: number; readonly left: number; readonly bottom: number } | null;
  readonly problem: string | null;
  readonly onTag: () => void;
}

/** The small "Tag as entity" button beside selected words, or why they cannot be tagged. */
export function TagOffer({ at, problem, onTag }: Props): ReactNode {
  if (at === null && problem === null) return null;
  const style = at === null ? undefined : { top: at.bottom + 6, left: Math.max(8, at.left) };
  return (
    <div className={at === null ? 'tag-offer docked' : 'tag-offer'} style={style}>
      {problem === null ? (
        <button
          type="button"
          className="button primary"
          title="Tag the selected words (T)"
          onMouseDown={(event) => {
            // Keeps the focus (and so the selection) in the article.
            event.preventDefault();
          }}
          onClick={onTag}
        >
          Tag as entity <kbd>T</kbd>
        </button>
      ) : (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
