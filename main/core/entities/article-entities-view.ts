import type { DatabaseSync } from 'node:sqlite';
import type { ArticleEntities, EntityMentionView } from '../../shared/entity-types.ts';
import type { ArticleId } from '../../shared/ids.ts';
import { findEntityByName, getEntity } from '../store/entity-repository.ts';
import { liveEntityId, mentionsOfArticle } from '../store/mention-repository.ts';
import { openSuggestions } from '../store/suggestion-repository.ts';

/** Whether an article exists. */
export function articleExists(db: DatabaseSync, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/**
 * An article's confirmed mentions (each shown as its live entity: a merged-away entity resolves to
 * the one it was merged into) and its open suggestions, each with the registry entity it matches.
 */
export function articleEntitiesView(db: DatabaseSync, articleId: ArticleId): ArticleEntities {
  const entities = new Map<
    number,
    { id: number; name: string; type: string; colour: string | null } | null
  >();
  const entityOf = (id: number) => {
    if (!entities.has(id)) {
      const live = liveEntityId(db, id);
      const entity = live === null ? null : getEntity(db, live);
      entities.set(id, entity);
    }
    return entities.get(id) ?? null;
  };
  const mentions: EntityMentionView[] = [];
  for (const row of mentionsOfArticle(db, articleId)) {
    const entity = entityOf(row.entityId);
    if (entity === null) continue;
    mentions.push({
      id: row.id,
      entityId: entity.id as EntityMentionView['entityId'],
      name: entity.name,
      type: entity.type,
      colour: entity.colour,
      start: row.start,
      end: row.end,
      text: row.text,
      madeBy: row.madeBy,
      unplaced: row.unplaced,
    });
  }
  const suggestions = openSuggestions(db, articleId).map((s) => ({
    name: s.name,
    type: s.type,
    mentions: s.mentions,
    knownEntityId: findEntityByName(db, s.name),
  }));
  return { articleId, mentions, suggestions };
}
