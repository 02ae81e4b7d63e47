import type { ReactNode } from 'react';

interface Props {
  /** How many matches are marked in the article. */
  readonly count: number;
  /** The index of the current match. */
  readonly current: number;
  readonly onStep: (step: 1 | -1) => void;
}

const numberFormat = new Intl.NumberFormat();

/** "3 of 17" with previous/next buttons, for the query's matches in the open article. */
export function MatchNavigator({ count, current, onStep }: Props): ReactNode {
  if (count === 0) return null;
  return (
    <div className="match-nav" role="group" aria-label="Matches in this article">
      <button
        type="button"
        className="button quiet"
        aria-label="Previous match"
        title="Previous match (Shift+N, Shift+F3)"
        onClick={() => {
          onStep(-1);
        }}
      >
        ↑
      </button>
      <span className="match-count" aria-live="polite">
        {numberFormat.format(current + 1)} of {numberFormat.format(count)}
      </span>
      <button
        type="button"
        className="button quiet"
        aria-label="Next match"
        title="Next match (N, F3)"
        onClick={() => {
          onStep(1);
        }}
      >
        ↓
      </button>
    </div>
  );
}
