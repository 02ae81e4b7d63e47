import type { ReactNode } from 'react';
import type { SortKey, SortOrder } from '../hooks/use-library.ts';

interface Props {
  readonly sort: SortKey;
  readonly order: SortOrder;
  readonly onSort: (sort: SortKey) => void;
  readonly onOrder: (order: SortOrder) => void;
}

function isSortKey(value: string): value is SortKey {
  return value === 'added' || value === 'published';
}

/** Sort the library by date added or published, newest or oldest first. */
export function SortControl({ sort, order, onSort, onOrder }: Props): ReactNode {
  return (
    <div className="sort">
      <select
        aria-label="Sort by"
        value={sort}
        onChange={(event) => {
          if (isSortKey(event.target.value)) onSort(event.target.value);
        }}
      >
        <option value="added">Date added</option>
        <option value="published">Date published</option>
      </select>
      <button
        type="button"
        aria-label={
          order === 'desc' ? 'Newest first (switch to oldest first)' : 'Oldest first (switch to newest first)'
        }
        title={order === 'desc' ? 'Newest first' : 'Oldest first'}
        onClick={() => {
          onOrder(order === 'desc' ? 'asc' : 'desc');
        }}
      >
        {order === 'desc' ? '↓ Newest' : '↑ Oldest'}
      </button>
    </div>
  );
}
