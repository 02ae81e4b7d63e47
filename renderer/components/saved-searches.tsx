import { useEffect, useState, type ReactNode } from 'react';
import type { SavedSearch } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import type { SavedSearchesState } from '../hooks/use-saved-searches.ts';
import { NameForm } from './name-form.tsx';
import { SavedSearchItem } from './saved-search-item.tsx';
import { SidebarSection } from './sidebar-section.tsx';

interface Props {
  readonly saved: SavedSearchesState;
  /** The query in the search box (what "Save search…" names). */
  readonly query: string;
  readonly onRun: (query: string) => void;
  /** Whether the name form is open (also opened by Ctrl/⌘+S in the search box). */
  readonly naming: boolean;
  readonly onNaming: (naming: boolean) => void;
}

const undoMs = 10_000;

/** A compact, collapsible sidebar section of named queries with their live counts. */
export function SavedSearches({ saved, query, onRun, naming, onNaming }: Props): ReactNode {
  const [expanded, setExpanded] = useState(true);
  const [deleted, setDeleted] = useState<SavedSearch | null>(null);
  // The undo offer goes away by itself after a while.
  useEffect(() => {
    if (deleted === null) return;
    const timer = window.setTimeout(() => {
      setDeleted(null);
    }, undoMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [deleted]);
  const trimmed = query.trim();
  const { searches } = saved;
  if (searches.length === 0 && trimmed === '' && deleted === null && !naming) return null;

  const remove = (search: SavedSearch): void => {
    void saved.remove(search.id).then((result) => {
      if (result.ok) setDeleted(result.value.deleted);
    });
  };
  return (
    <SidebarSection
      className="saved-searches"
      label="Saved searches"
      title={`Saved searches${searches.length > 0 ? ` (${searches.length})` : ''}`}
      expanded={expanded}
      onToggle={setExpanded}
      actions={
        trimmed !== '' && !naming ? (
          <button
            type="button"
            className="button quiet"
            title="Save this search (Ctrl/⌘+S)"
            onClick={() => {
              onNaming(true);
            }}
          >
            Save search…
          </button>
        ) : null
      }
    >
      {naming && trimmed !== '' ? (
        <NameForm
          label="Name of this search"
          initial={trimmed}
          submitText="Save"
          onSubmit={(name) => saved.save(name, trimmed)}
          onDone={() => {
            onNaming(false);
          }}
        />
      ) : null}
      {deleted === null ? null : (
        <p className="saved-toast" role="status">
          Deleted “{deleted.name}”.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void saved.save(deleted.name, deleted.query).then(() => {
                setDeleted(null);
              });
            }}
          >
            Undo
          </button>
        </p>
      )}
      {saved.error === null ? null : (
        <p className="name-error" role="alert">
          {describeError(saved.error)}
        </p>
      )}
      {expanded && searches.length > 0 ? (
        <ul className="saved-list">
          {searches.map((search) => (
            <SavedSearchItem
              key={search.id}
              search={search}
              active={search.query === trimmed}
              onRun={onRun}
              onRename={saved.rename}
              onDelete={remove}
            />
          ))}
        </ul>
      ) : null}
    </SidebarSection>
  );
}
