import { useState, type ReactNode } from 'react';
import type { SavedSearch } from '../../main/shared/types.ts';
import type { Result } from '../../main/shared/result.ts';
import { formatArticleCount } from './format-count.ts';
import { NameForm } from './name-form.tsx';

interface Props {
  readonly search: SavedSearch;
  readonly active: boolean;
  readonly onRun: (query: string) => void;
  readonly onRename: (id: number, name: string) => Promise<Result<unknown>>;
  readonly onDelete: (search: SavedSearch) => void;
}

/** One saved search: click runs it; its count is what it finds now. */
export function SavedSearchItem({ search, active, onRun, onRename, onDelete }: Props): ReactNode {
  const [renaming, setRenaming] = useState(false);
  if (renaming) {
    return (
      <li className="saved-search">
        <NameForm
          label={`New name for “${search.name}”`}
          initial={search.name}
          submitText="Rename"
          onSubmit={(name) => onRename(search.id, name)}
          onDone={() => {
            setRenaming(false);
          }}
        />
      </li>
    );
  }
  return (
    <li className={active ? 'saved-search is-active' : 'saved-search'}>
      <button
        type="button"
        className="saved-search-run"
        title={search.query}
        aria-current={active ? 'true' : undefined}
        onClick={() => {
          onRun(search.query);
        }}
      >
        <span className="saved-search-name">{search.name}</span>
        <span className="saved-search-count">
          {search.count === null ? 'counting…' : formatArticleCount(search.count)}
        </span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Rename “${search.name}”`}
        title="Rename"
        onClick={() => {
          setRenaming(true);
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete “${search.name}”`}
        title="Delete"
        onClick={() => {
          onDelete(search);
        }}
      >
        ×
      </button>
    </li>
  );
}
