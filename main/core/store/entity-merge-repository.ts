import type { DatabaseSync } from 'node:sqlite';
import { toEntityId, type EntityId } from '../../shared/ids.ts';

// Merging moves an entity's mentions and aliases onto another while each row keeps the entity it
// came from (origin_entity_id), so a split can put back exactly what the merge moved. Rows that
// would clash with the target's own (the same span tagged twice, an alias it already has) stay
// on the merged entity, hidden, and are there again after the split.

/** Entities merged into this one, by name. */
export function mergedInto(db: DatabaseSync, id: number): { id: EntityId; name: string }[] {
  const rows = db
    .prepare('SELECT id, name FROM entities WHERE merged_into = ? ORDER BY name COLLATE NOCASE, id')
    .all(id) as unknown as { id: number; name: string }[];
  return rows.map((row) => ({ id: toEntityId(row.id), name: row.name }));
}

/** Moves `sourceId`'s mentions and aliases to `targetId`; the source's name becomes an alias. */
export function mergeEntityRows(db: DatabaseSync, sourceId: number, targetId: number): void {
  db.prepare('UPDATE OR IGNORE entity_mentions SET entity_id = ? WHERE entity_id = ?').run(
    targetId,
    sourceId,
  );
  db.prepare('UPDATE OR IGNORE entity_aliases SET entity_id = ? WHERE entity_id = ?').run(targetId, sourceId);
  db.prepare(
    `INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, origin_entity_id)
     SELECT t.id, s.name, s.name_key, s.id FROM entities s, entities t
     WHERE s.id = ? AND t.id = ? AND s.name_key <> t.name_key`,
  ).run(sourceId, targetId);
  db.prepare('UPDATE entities SET merged_into = ? WHERE id = ?').run(targetId, sourceId);
}

// The merged entity and everything merged into it before, at any depth.
const lineage = `WITH RECURSIVE lineage(id) AS (
  SELECT :merged UNION SELECT e.id FROM entities e JOIN lineage l ON e.merged_into = l.id)`;

/** Undoes mergeEntityRows: what came from `mergedId` (or was merged into it) goes back to it. */
export function splitEntityRows(db: DatabaseSync, targetId: number, mergedId: number): void {
  const params = { target: targetId, merged: mergedId };
  // The merged entity's own name was added as an alias by the merge: drop it rather than move it.
  db.prepare(
    `DELETE FROM entity_aliases WHERE entity_id = :target AND origin_entity_id = :merged
     AND alias_key = (SELECT name_key FROM entities WHERE id = :merged)`,
  ).run(params);
  db.prepare(
    `${lineage} UPDATE OR IGNORE entity_mentions SET entity_id = :merged
     WHERE entity_id = :target AND origin_entity_id IN (SELECT id FROM lineage)`,
  ).run(params);
  db.prepare(
    `${lineage} UPDATE OR IGNORE entity_aliases SET entity_id = :merged
     WHERE entity_id = :target AND origin_entity_id IN (SELECT id FROM lineage)`,
  ).run(params);
  db.prepare('UPDATE entities SET merged_into = NULL WHERE id = :merged').run({ merged: mergedId });
}

/** The entity this one was merged into, null when it is live; undefined when there is no such entity. */
export function mergedTarget(db: DatabaseSync, id: number): number | null | undefined {
  const row = db.prepare('SELECT merged_into FROM entities WHERE id = ?').get(id) as
    { merged_into: number | null } | undefined;
  return row?.merged_into;
}
