import type { ReactNode } from 'react';
import type { EntityPage } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';

interface Props {
  readonly cooccurring: EntityPage['cooccurring'];
  readonly onOpenEntity: (id: EntityId) => void;
}

/** Entities found in the same articles, most shared articles first; each opens its own page. */
export function CooccurringList({ cooccurring, onOpenEntity }: Props): ReactNode {
  if (cooccurring.length === 0) return <p className="entity-empty">No other entity appears alongside it.</p>;
  return (
    <ol className="cooccurring" aria-label="Co-occurring entities">
      {cooccurring.map(({ entity, articles }) => (
        <li key={entity.id}>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onOpenEntity(entity.id);
            }}
          >
            {entity.name}
          </button>{' '}
          <span className="entity-type">{entity.type}</span>{' '}
          <span className="entity-count">{articles === 1 ? '1 article' : `${articles} articles`}</span>
        </li>
      ))}
    </ol>
  );
}
