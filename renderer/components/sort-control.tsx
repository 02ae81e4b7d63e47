import type { ReactNode } from 'react';
import type { SortKey, SortOrder } from '../hooks/use-library.ts';
import { LabelledSelect, type SelectOption } from './labelled-select.tsx';

interface Props {
  readonly sort: SortKey;
  readonly order: SortOrder;
  readonly onSort: (sort: SortKey) => void;
  readonly onOrder: (order: SortOrder) => void;
}

const sortOptions: readonly SelectOption<SortKey>[] = [
  { value: 'added', text: 'Date added' },
  { value: 'published', text: 'Date published' },
];

/** Sort the library by date added or published, newest or oldest first. */
export function SortControl({ sort, order, onSort, onOrder }: Props): ReactNode {
  return (
    <div className="sort">
      <LabelledSelect label="Sort by" value={sort} options={sortOptions} onChange={onSort} />
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
