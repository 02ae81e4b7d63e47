import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../../shared/api.ts';
import type { ApiRequest } from '../../../shared/schemas.ts';
import type { Entity } from '../../../shared/entity-types.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { inTransaction } from '../../store/database.ts';
import { getEntity } from '../../store/entity-repository.ts';
import { mergedTarget, mergeEntityRows, splitEntityRows } from '../../store/entity-merge-repository.ts';
import {
  aliasTakenByName,
  entityNameTaken,
  listEntityRows,
  replaceAliases,
  updateEntityRow,
} from '../../store/entity-registry-repository.ts';
import { buildEntityPage } from '../entity-page.ts';
import { exportEntities } from '../export-entities.ts';

/** The registry-level entity methods: list, page, edit, merge, split, export. */
export type EntityRegistryApi = Pick<
  ArchiveApi,
  'listEntities' | 'getEntityPage' | 'updateEntity' | 'mergeEntities' | 'splitEntity' | 'exportEntities'
>;

function found(db: DatabaseSync, id: number): Result<Entity> {
  const entity = getEntity(db, id);
  return entity === null ? fail('not-found', `No entity ${id}`) : ok(entity);
}

function update(db: DatabaseSync, request: ApiRequest<'updateEntity'>): Result<Entity> {
  const target = mergedTarget(db, request.id);
  if (target === undefined) return fail('not-found', `No entity ${request.id}`);
  if (target !== null)
    return fail('invalid-request', `Entity ${request.id} was merged into ${target}: edit that one`);
  const { id, aliases, ...changes } = request;
  if (changes.name !== undefined && entityNameTaken(db, changes.name, id))
    return fail('entity-name-taken', `Another entity is already called “${changes.name}”`);
  const clash = aliases === undefined ? null : aliasTakenByName(db, aliases, id);
  if (clash !== null) return fail('entity-name-taken', `“${clash}” is the name of another entity`);
  inTransaction(db, () => {
    updateEntityRow(db, id, changes);
    if (aliases !== undefined) replaceAliases(db, id, aliases);
  });
  return found(db, id);
}

function merge(db: DatabaseSync, sourceId: number, targetId: number): Result<Entity> {
  const source = mergedTarget(db, sourceId);
  const target = mergedTarget(db, targetId);
  if (source === undefined || target === undefined)
    return fail('not-found', `No entity ${source === undefined ? sourceId : targetId}`);
  if (sourceId === targetId) return fail('invalid-request', 'An entity cannot be merged into itself');
  if (source !== null || target !== null)
    return fail('invalid-request', 'Only entities that are not merged already can be merged');
  inTransaction(db, () => {
    mergeEntityRows(db, sourceId, targetId);
  });
  return found(db, targetId);
}

function split(db: DatabaseSync, targetId: number, mergedId: number): Result<Entity> {
  const target = mergedTarget(db, mergedId);
  if (target === undefined || mergedTarget(db, targetId) === undefined)
    return fail('not-found', `No entity ${target === undefined ? mergedId : targetId}`);
  if (target !== targetId)
    return fail('invalid-request', `Entity ${mergedId} is not merged into ${targetId}`);
  inTransaction(db, () => {
    splitEntityRows(db, targetId, mergedId);
  });
  return found(db, targetId);
}

/** The registry methods over one library's database. */
export function createEntityRegistry(db: DatabaseSync): EntityRegistryApi {
  return {
    listEntities: (request) => Promise.resolve(ok(listEntityRows(db, request))),
    getEntityPage: ({ id }) => {
      const entity = found(db, id);
      return Promise.resolve(entity.ok ? ok(buildEntityPage(db, entity.value)) : entity);
    },
    updateEntity: (request) => Promise.resolve(update(db, request)),
    mergeEntities: ({ sourceId, targetId }) => Promise.resolve(merge(db, sourceId, targetId)),
    splitEntity: ({ id, mergedId }) => Promise.resolve(split(db, id, mergedId)),
    exportEntities: ({ what, format }) => Promise.resolve(ok(exportEntities(db, what, format))),
  };
}
