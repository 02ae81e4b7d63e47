import type { DatabaseSync } from 'node:sqlite';
import { toEntityId, type EntityId } from '../../shared/ids.ts';
import type { Entity, EntityType } from '../../shared/entity-types.ts';
import { nameKey } from '../entities/normalise-name.ts';

// The entity registry's rows. Names are compared by key (case, diacritics, dots, possessives and
// Russian case endings ignored), so "U.S." and "US", "Москве" and "Москва" are one name.

interface EntityRow {
  id: number;
  name: string;
  type: string;
  note: string | null;
  colour: string | null;
  mention_count: number;
  article_count: number;
}

/** The key names and aliases are compared by. */
export function entityKey(name: string): string {
  return nameKey(name);
}

const entityColumns = `e.id, e.name, e.type, e.note, e.colour,
  (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = e.id) AS mention_count,
  (SELECT count(DISTINCT m.article_id) FROM entity_mentions m WHERE m.entity_id = e.id) AS article_count`;

function aliasesOf(db: DatabaseSync, id: number): string[] {
  const rows = db
    .prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias COLLATE NOCASE')
    .all(id) as unknown as { alias: string }[];
  return rows.map((row) => row.alias);
}

function toEntity(db: DatabaseSync, row: EntityRow): Entity {
  return {
    id: toEntityId(row.id),
    name: row.name,
    type: row.type,
    aliases: aliasesOf(db, row.id),
    note: row.note,
    colour: row.colour,
    mentionCount: row.mention_count,
    articleCount: row.article_count,
  };
}

/** One entity (merged-away ones too, so a split can show them), with its aliases and counts; null if unknown. */
export function getEntity(db: DatabaseSync, id: number): Entity | null {
  const row = db.prepare(`SELECT ${entityColumns} FROM entities e WHERE e.id = ?`).get(id) as
    EntityRow | undefined;
  return row === undefined ? null : toEntity(db, row);
}

/**
 * The live entity a name belongs to, by its own name first, then by alias; with `type`, only an
 * entity of that type. Null when none.
 */
export function findEntityByName(db: DatabaseSync, name: string, type?: EntityType): EntityId | null {
  const key = entityKey(name);
  const typed = type === undefined ? '' : ' AND e.type = :type';
  const params = type === undefined ? { key } : { key, type };
  const own = db
    .prepare(
      `SELECT e.id FROM entities e WHERE e.name_key = :key AND e.merged_into IS NULL${typed} ORDER BY e.id LIMIT 1`,
    )
    .get(params) as { id: number } | undefined;
  if (own !== undefined) return toEntityId(own.id);
  const aliased = db
    .prepare(
      `SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.alias_key = :key AND e.merged_into IS NULL${typed} ORDER BY e.id LIMIT 1`,
    )
    .get(params) as { id: number } | undefined;
  return aliased === undefined ? null : toEntityId(aliased.id);
}

/** Adds an entity to the registry (the caller checks the name is free) and returns its id. */
export function createEntity(db: DatabaseSync, name: string, type: EntityType, now: Date): EntityId {
  const result = db
    .prepare('INSERT INTO entities (name, name_key, type, created_at) VALUES (?, ?, ?, ?)')
    .run(name, entityKey(name), type, now.toISOString());
  return toEntityId(Number(result.lastInsertRowid));
}

/** The entity of that name (or alias) and type, created when there is none. */
export function findOrCreateEntity(db: DatabaseSync, name: string, type: EntityType, now: Date): EntityId {
  return findEntityByName(db, name, type) ?? createEntity(db, name, type, now);
}
