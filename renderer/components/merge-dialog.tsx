import { useState, type ReactNode } from 'react';
import type { Entity } from '../../main/shared/entity-types.ts';
import type { ApiError, Result } from '../../main/shared/result.ts';
import { describeError } from '../api/error-messages.ts';
import { useEntities } from '../hooks/use-entities.ts';

interface Props {
  /** The entity being merged away: it becomes an alias of the one picked. */
  readonly source: Entity;
  readonly onMerge: (target: Entity) => Promise<Result<Entity>>;
  readonly onCancel: () => void;
}

const mentions = (count: number): string => (count === 1 ? '1 mention' : `${count} mentions`);

/** Picks the entity to merge into (search as you type), then confirms with the merge's effect spelled out. */
export function MergeDialog({ source, onMerge, onCancel }: Props): ReactNode {
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<Entity | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const candidates = useEntities(query, null, 20);
  const others = candidates.items.filter((entity) => entity.id !== source.id);

  return (
    <section
      className="merge-dialog"
      role="dialog"
      aria-label="Merge entity"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        if (target === null) onCancel();
        else setTarget(null);
      }}
    >
      {target === null ? (
        <>
          <label>
            Merge “{source.name}” into
            <input
              type="search"
              aria-label="Find the entity to merge into"
              placeholder="Type a name"
              autoComplete="off"
              // Opened by the user's click on "Merge into…", so taking focus is expected.
              autoFocus
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
          </label>
          <ul className="merge-candidates" aria-label="Entities to merge into">
            {others.map((entity) => (
              <li key={entity.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setTarget(entity);
                    setError(null);
                  }}
                >
                  {entity.name}
                </button>{' '}
                <span className="entity-type">{entity.type}</span>{' '}
                <span className="entity-count">{mentions(entity.mentionCount)}</span>
              </li>
            ))}
          </ul>
          {candidates.answered !== null && others.length === 0 ? (
            <p className="entity-empty">No other entity matches.</p>
          ) : null}
          <button type="button" className="button quiet" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <p className="merge-effect">
            {source.name} ({mentions(source.mentionCount)}) will become an alias of {target.name}.
          </p>
          <div className="entity-form-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                void onMerge(target).then((result) => {
                  if (!result.ok) setError(result.error);
                });
              }}
            >
              Merge
            </button>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                setTarget(null);
              }}
            >
              Back
            </button>
          </div>
        </>
      )}
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
    </section>
  );
}
