import type { ReactNode } from 'react';
import type { Entity, EntityPage } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';

interface Props {
  readonly entity: Entity;
  readonly mergedFrom: EntityPage['mergedFrom'];
  /** Splits an entity merged into this one off again. */
  readonly onSplit: (mergedId: EntityId) => void;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The entity's name, type, colour, counts, aliases, note, and the entities merged into it. */
export function EntityHeader({ entity, mergedFrom, onSplit }: Props): ReactNode {
  return (
    <header className="entity-header">
      <h1>
        <span
          className={`entity-swatch type-${entity.type.replace(/[^a-z0-9-]/g, '-')}`}
          style={entity.colour === null ? undefined : { background: entity.colour }}
          aria-hidden="true"
        />
        {entity.name}
      </h1>
      <p className="entity-facts">
        <span className="entity-type">{entity.type}</span> {count(entity.mentionCount, 'mention', 'mentions')}{' '}
        in {count(entity.articleCount, 'article', 'articles')}
      </p>
      {entity.aliases.length > 0 ? (
        <p className="entity-aliases-line">Also known as: {entity.aliases.join(', ')}</p>
      ) : null}
      {entity.note === null ? null : <p className="entity-note">{entity.note}</p>}
      {mergedFrom.length > 0 ? (
        <ul className="entity-merged" aria-label="Merged into this entity">
          {mergedFrom.map((merged) => (
            <li key={merged.id}>
              Merged from “{merged.name}”{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Split off ${merged.name}`}
                onClick={() => {
                  onSplit(merged.id);
                }}
              >
                Split off
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
