import type { ReactNode } from 'react';
import type { EntityMentionView } from '../../main/shared/entity-types.ts';
import type { EntityId } from '../../main/shared/ids.ts';
import { entityColour } from './mark-entities.ts';
import { mentionCount, typeHeading } from './entity-words.ts';

interface Props {
  readonly mentions: readonly EntityMentionView[];
  readonly onOpenEntity: (id: EntityId) => void;
}

interface Group {
  readonly type: string;
  readonly entities: { readonly first: EntityMentionView; count: number }[];
}

/** Confirmed mentions as entities grouped by type, built-in types first, most mentioned first. */
function groups(mentions: readonly EntityMentionView[]): Group[] {
  const byType = new Map<string, Map<EntityId, { first: EntityMentionView; count: number }>>();
  for (const mention of mentions) {
    const entities =
      byType.get(mention.type) ?? new Map<EntityId, { first: EntityMentionView; count: number }>();
    byType.set(mention.type, entities);
    const entry = entities.get(mention.entityId);
    if (entry === undefined) entities.set(mention.entityId, { first: mention, count: 1 });
    else entry.count += 1;
  }
  const order = ['person', 'organisation', 'place', 'event', 'other'];
  const rank = (type: string): number => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...byType]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, entities]) => ({
      type,
      entities: [...entities.values()].sort(
        (a, b) => b.count - a.count || a.first.name.localeCompare(b.first.name),
      ),
    }));
}

/** The article's confirmed entities by type, each opening its entity page. */
export function MentionList({ mentions, onOpenEntity }: Props): ReactNode {
  return groups(mentions).map(({ type, entities }) => (
    <div key={type} className="entity-group">
      <h3>
        {typeHeading(type)} <span className="entity-count">{entities.length}</span>
      </h3>
      <ul className="entity-list">
        {entities.map(({ first, count }) => (
          <li key={first.entityId}>
            <button
              type="button"
              className="entity-link"
              onClick={() => {
                onOpenEntity(first.entityId);
              }}
            >
              <span
                className="entity-swatch"
                style={{ background: entityColour(first.type, first.colour) }}
                aria-hidden="true"
              />
              <span className="entity-name">{first.name}</span>
              <span className="entity-meta">{mentionCount(count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  ));
}
