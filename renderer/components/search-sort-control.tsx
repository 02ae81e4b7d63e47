import type { ReactNode } from 'react';
import type { SearchSort } from '../../main/shared/types.ts';

interface Props {
  readonly sort: SearchSort;
  readonly onSort: (sort: SearchSort) => void;
}

function isSearchSort(value: string): value is SearchSort {
  return value === 'relevance' || value === 'date';
}

/** Orders search results by relevance or newest first; the choice stays while the query changes. */
export function SearchSortControl({ sort, onSort }: Props): ReactNode {
  return (
    <div className="sort">
      <select
        aria-label="Sort results by"
        value={sort}
        onChange={(event) => {
          if (isSearchSort(event.target.value)) onSort(event.target.value);
        }}
      >
        <option value="relevance">Best match</option>
        <option value="date">Newest first</option>
      </select>
    </div>
  );
}
