import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../../shared/api.ts';
import type { ArticleEntities } from '../../../shared/entity-types.ts';
import type { ApiRequest } from '../../../shared/schemas.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { inTransaction } from '../../store/database.ts';
import { findOrCreateEntity } from '../../store/entity-repository.ts';
import { deleteMention, getMention, insertMention, liveEntityId } from '../../store/mention-repository.ts';
import { articleEntitiesView } from '../article-entities-view.ts';

/** The method that re-points one confirmed mention at another entity. */
export type MoveMentionApi = Pick<ArchiveApi, 'moveMention'>;

/** Re-points a mention at an existing entity (followed through merges) or a new one; a person made the new link. */
export function moveMention(
  db: DatabaseSync,
  request: ApiRequest<'moveMention'>,
  now: Date,
): Result<ArticleEntities> {
  const mention = getMention(db, request.mentionId);
  if (mention === null) return fail('not-found', `No mention ${request.mentionId}`);
  const { entity } = request;
  const known = 'id' in entity ? liveEntityId(db, entity.id) : null;
  if ('id' in entity && known === null) return fail('not-found', `No entity ${entity.id}`);
  inTransaction(db, () => {
    const entityId =
      known ?? ('name' in entity ? findOrCreateEntity(db, entity.name, entity.type, now) : null);
    if (entityId === null || entityId === mention.entityId) return;
    // Delete and insert rather than update: the new row's origin is the entity a person chose, so a
    // later split of a merge keeps this mention where the person put it.
    deleteMention(db, mention.id);
    const { articleId, start, end, text, prefix, suffix } = mention;
    const moved = { articleId, entityId, start, end, text, prefix, suffix };
    insertMention(db, { ...moved, madeBy: 'person', createdAt: now.toISOString() });
  });
  return ok(articleEntitiesView(db, mention.articleId));
}

/** The move-mention method over one library's database. */
export function createMoveMentionApi(db: DatabaseSync, now: () => Date): MoveMentionApi {
  return { moveMention: (request) => Promise.resolve(moveMention(db, request, now())) };
}
