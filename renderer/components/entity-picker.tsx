import { useEffect, useState, type ReactNode } from 'react';
import type { Entity } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';
import { useClient } from '../api/client-context.ts';

interface Props {
  readonly name: string;
  readonly existing: { readonly id: EntityId; readonly name: string } | null;
  readonly onName: (name: string) => void;
  readonly onExisting: (entity: { id: EntityId; name: string } | null) => void;
}

const shown = 6;

/** The name field of "Tag as entity", offering registry entities whose name or alias matches as you type. */
export function EntityPicker({ name, existing, onName, onExisting }: Props): ReactNode {
  const client = useClient();
  const [matches, setMatches] = useState<readonly Entity[]>([]);
  const query = name.trim();

  useEffect(() => {
    if (query === '') return;
    let current = true;
    // A short pause so each keystroke does not query the registry.
    const timer = setTimeout(() => {
      void client.listEntities({ query, offset: 0, limit: shown }).then((result) => {
        // Without matches the user simply creates a new entity; a failure is not worth a notice here.
        if (current) setMatches(result.ok ? result.value.items : []);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query]);

  if (existing !== null) {
    return (
      <div className="tag-field">
        <span>
          Link to <strong>{existing.name}</strong>
        </span>
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            onExisting(null);
          }}
        >
          Create a new entity instead
        </button>
      </div>
    );
  }
  return (
    <div className="tag-field">
      <label htmlFor="tag-name">Name</label>
      <input
        id="tag-name"
        value={name}
        autoComplete="off"
        maxLength={200}
        onChange={(event) => {
          onName(event.currentTarget.value);
        }}
      />
      {query === '' || matches.length === 0 ? null : (
        <ul className="entity-matches" aria-label="Existing entities">
          {matches.map((entity) => (
            <li key={entity.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onExisting({ id: entity.id, name: entity.name });
                }}
              >
                Use existing: {entity.name} ({entity.type})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
