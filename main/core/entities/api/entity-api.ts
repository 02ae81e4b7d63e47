import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../../shared/api.ts';
import { fail } from '../../../shared/result.ts';
import type { Logger } from '../../logger.ts';

/** The API methods about entities, implemented over the library's database. */
export type EntityApi = Pick<
  ArchiveApi,
  | 'getArticleEntities'
  | 'acceptSuggestion'
  | 'acceptAllSuggestions'
  | 'rejectSuggestion'
  | 'tagMention'
  | 'previewTagEverywhere'
  | 'tagEverywhere'
  | 'removeMention'
  | 'listEntities'
  | 'getEntityPage'
  | 'updateEntity'
  | 'mergeEntities'
  | 'splitEntity'
  | 'exportEntities'
>;

/** What the entity methods need from the open library. */
export interface EntityContext {
  readonly db: DatabaseSync;
  readonly now: () => Date;
  readonly logger: Logger;
}

// SCAFFOLD (session 2, being replaced by article-entities.ts and entity-registry.ts): every method
// answers a coded failure until its module lands. Must not survive the session.
const pending = () => Promise.resolve(fail('internal', 'Entities are being built'));

/** The entity methods for one library. */
export function createEntityApi(): EntityApi {
  return {
    getArticleEntities: pending,
    acceptSuggestion: pending,
    acceptAllSuggestions: pending,
    rejectSuggestion: pending,
    tagMention: pending,
    previewTagEverywhere: pending,
    tagEverywhere: pending,
    removeMention: pending,
    listEntities: pending,
    getEntityPage: pending,
    updateEntity: pending,
    mergeEntities: pending,
    splitEntity: pending,
    exportEntities: pending,
  };
}
