import type { DatabaseSync } from 'node:sqlite';
import type { Entity } from '../../shared/entity-types.ts';
import { getEntity } from '../store/entity-repository.ts';

// Two entities co-occur in an article when both have a confirmed mention in it. Mentions always
// point at live entities (a merge moves them), so counts follow merges and splits.

/** At most this many co-occurring entities on an entity page. */
export const cooccurringLimit = 50;

/** Entities sharing articles with `id`, most shared articles first, then by name. */
export function cooccurringEntities(
  db: DatabaseSync,
  id: number,
  limit = cooccurringLimit,
): { entity: Entity; articles: number }[] {
  const rows = db
    .prepare(
      `WITH mine AS (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = :id)
       SELECT m.entity_id AS id, count(DISTINCT m.article_id) AS shared
       FROM entity_mentions m JOIN mine ON mine.article_id = m.article_id JOIN entities e ON e.id = m.entity_id
       WHERE m.entity_id <> :id GROUP BY m.entity_id ORDER BY shared DESC, e.name_key, m.entity_id LIMIT :limit`,
    )
    .all({ id, limit }) as unknown as { id: number; shared: number }[];
  return rows.flatMap((row) => {
    const entity = getEntity(db, row.id);
    return entity === null ? [] : [{ entity, articles: row.shared }];
  });
}

/** One pair of entities and how many articles mention both. */
export interface CooccurrencePair {
  readonly entityAId: number;
  readonly entityA: string;
  readonly entityBId: number;
  readonly entityB: string;
  readonly sharedArticles: number;
}

/** Every co-occurring pair of the library (each pair once, lower id first), most shared first. */
export function allCooccurrences(db: DatabaseSync): CooccurrencePair[] {
  const rows = db
    .prepare(
      `WITH links AS (SELECT DISTINCT article_id, entity_id FROM entity_mentions)
       SELECT a.entity_id AS a_id, ea.name AS a_name, b.entity_id AS b_id, eb.name AS b_name,
         count(*) AS shared
       FROM links a JOIN links b ON b.article_id = a.article_id AND b.entity_id > a.entity_id
       JOIN entities ea ON ea.id = a.entity_id JOIN entities eb ON eb.id = b.entity_id
       GROUP BY a.entity_id, b.entity_id ORDER BY shared DESC, a.entity_id, b.entity_id`,
    )
    .all() as unknown as { a_id: number; a_name: string; b_id: number; b_name: string; shared: number }[];
  return rows.map((row) => ({
    entityAId: row.a_id,
    entityA: row.a_name,
    entityBId: row.b_id,
    entityB: row.b_name,
    sharedArticles: row.shared,
  }));
}
