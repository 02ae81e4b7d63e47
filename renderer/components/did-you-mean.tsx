import type { ReactNode } from 'react';

interface Props {
  /** The corrected query the shown results answer. */
  readonly corrected: string;
  /** Puts the corrected query in the search box. */
  readonly onSearch: (query: string) => void;
}

/** Says that the results are for a corrected spelling, with a link to search for it. */
export function DidYouMean({ corrected, onSearch }: Props): ReactNode {
  return (
    <p className="did-you-mean" role="status">
      No exact matches — showing results for{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onSearch(corrected);
        }}
      >
        <em>{corrected.trim()}</em>
      </button>
    </p>
  );
}
