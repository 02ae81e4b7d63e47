import type { ReactNode, Ref } from 'react';
import { SearchHelp } from './search-help.tsx';

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly pending: boolean;
  readonly inputRef: Ref<HTMLInputElement>;
  /** The listbox the arrow keys move through while typing. */
  readonly listId: string;
  readonly activeDescendant: string | undefined;
  /** Ctrl/⌘+S with a query in the box: name it as a saved search. */
  readonly onSave: () => void;
}

/** The search field: typing searches, ↑/↓ pick a result, Enter opens it, Escape clears. */
export function SearchBox({
  value,
  onChange,
  pending,
  inputRef,
  listId,
  activeDescendant,
  onSave,
}: Props): ReactNode {
  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search articles"
        placeholder="Search articles"
        autoComplete="off"
        spellCheck={false}
        aria-controls={listId}
        aria-activedescendant={activeDescendant}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || value.trim() === '')
            return;
          event.preventDefault();
          onSave();
        }}
      />
      {pending ? (
        <span className="spinner" role="status" aria-label="Searching" />
      ) : value === '' ? (
        <kbd aria-hidden="true">/</kbd>
      ) : null}
      <SearchHelp />
    </div>
  );
}
