import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../../shared/api.ts';
import type { Logger } from '../../logger.ts';
import { createEntityRegistry } from './entity-registry.ts';
import type { ArticleSearch } from '../../search/article-search.ts';
import { createArticleEntityApi } from './article-entities.ts';
import { createMoveMentionApi } from './move-mention.ts';

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
  | 'moveMention'
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
  readonly search: Pick<ArticleSearch, 'search' | 'state'>;
}

/** The entity methods for one library. */
export function createEntityApi(context: EntityContext): EntityApi {
  return {
    ...createArticleEntityApi(context),
    ...createEntityRegistry(context.db),
    ...createMoveMentionApi(context.db, context.now),
  };
}
