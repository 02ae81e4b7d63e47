import { useState, type ReactNode } from 'react';
import type { EntityId } from '../../main/shared/ids.ts';
import { describeError } from '../api/error-messages.ts';
import { useEntities } from '../hooks/use-entities.ts';
import { EntityExports } from './entity-exports.tsx';
import { entityTypeNames } from './entity-type-names.ts';
import { SidebarSection } from './sidebar-section.tsx';

interface Props {
  readonly openEntityId: EntityId | null;
  readonly onOpenEntity: (id: EntityId) => void;
  /** Bumped when the registry changed from the entity page (rename, merge, split). */
  readonly version: number;
}

const shownAtMost = 100;

/** The sidebar's registry: entities filtered by type and by a search as you type, each opening its page. */
export function EntityBrowser({ openEntityId, onOpenEntity, version }: Props): ReactNode {
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const entities = useEntities(query, type, shownAtMost, version);
  const filtered = query.trim() !== '' || type !== null;
  // Hidden until the registry has an entity: a library without any needs no empty section.
  if (!filtered && entities.total === 0) return null;

  // Custom types appear as chips once an entity of theirs is listed.
  const types = [
    ...new Set([
      ...entityTypeNames,
      ...entities.items.map((entity) => entity.type),
      ...(type === null ? [] : [type]),
    ]),
  ];
  return (
    <SidebarSection
      className="entity-browser"
      label="Entities"
      title={`Entities${filtered ? '' : ` (${entities.total})`}`}
      expanded={expanded}
      onToggle={setExpanded}
      actions={
        expanded ? (
          <button
            type="button"
            className="button quiet"
            aria-expanded={exporting}
            onClick={() => {
              setExporting(!exporting);
            }}
          >
            Export…
          </button>
        ) : null
      }
    >
      {expanded && exporting ? <EntityExports /> : null}
      {expanded ? (
        <>
          <input
            type="search"
            className="entity-search"
            aria-label="Search entities"
            placeholder="Find an entity"
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
          <div className="entity-chips" role="group" aria-label="Entity type">
            {[null, ...types].map((chip) => (
              <button
                key={chip ?? 'all'}
                type="button"
                className="entity-chip"
                aria-pressed={type === chip}
                onClick={() => {
                  setType(chip);
                }}
              >
                {chip ?? 'all'}
              </button>
            ))}
          </div>
          {entities.error === null ? null : (
            <p className="name-error" role="alert">
              {describeError(entities.error)}
            </p>
          )}
          {entities.items.length === 0 && entities.answered !== null ? (
            <p className="list-message">No entity matches.</p>
          ) : (
            <ul className="entity-list">
              {entities.items.map((entity) => (
                <li key={entity.id}>
                  <button
                    type="button"
                    className="entity-item"
                    aria-current={entity.id === openEntityId ? 'page' : undefined}
                    onClick={() => {
                      onOpenEntity(entity.id);
                    }}
                  >
                    <span className="entity-item-name">{entity.name}</span>
                    <span className="entity-type">{entity.type}</span>
                    <span
                      className="entity-count"
                      title={`${entity.mentionCount} mentions in ${entity.articleCount} articles`}
                    >
                      {entity.mentionCount}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {entities.total > entities.items.length ? (
            <p className="list-message">
              Showing {entities.items.length} of {entities.total}: search to narrow.
            </p>
          ) : null}
        </>
      ) : null}
    </SidebarSection>
  );
}
