import type { ReactNode } from 'react';
import type { SearchSort } from '../../main/shared/types.ts';
import { LabelledSelect, type SelectOption } from './labelled-select.tsx';

interface Props {
  readonly sort: SearchSort;
  readonly onSort: (sort: SearchSort) => void;
}

const sortOptions: readonly SelectOption<SearchSort>[] = [
  { value: 'relevance', text: 'Best match' },
  { value: 'date', text: 'Newest first' },
];

/** Orders search results by relevance or newest first; the choice stays while the query changes. */
export function SearchSortControl({ sort, onSort }: Props): ReactNode {
  return (
    <div className="sort">
      <LabelledSelect label="Sort results by" value={sort} options={sortOptions} onChange={onSort} />
    </div>
  );
}
