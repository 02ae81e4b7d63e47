import type { DatabaseSync } from 'node:sqlite';
import type { ArchiveApi } from '../../../shared/api.ts';
import type { Entity } from '../../../shared/entity-types.ts';
import type { ArticleId, EntityId } from '../../../shared/ids.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { ArticleSearch } from '../../search/article-search.ts';
import { getText } from '../../store/article-repository.ts';
import { inTransaction } from '../../store/database.ts';
import { entityKey, findOrCreateEntity, getEntity } from '../../store/entity-repository.ts';
import { deleteMention, getMention, insertMention, liveEntityId } from '../../store/mention-repository.ts';
import {
  decideSuggestion,
  openSuggestions,
  rejectNameForGood,
  type StoredSuggestion,
} from '../../store/suggestion-repository.ts';
import { articleEntitiesView, articleExists } from '../article-entities-view.ts';
import { anchorContext } from '../reanchor-mentions.ts';
import { candidateArticles, searchCandidates, tagArticles, untaggedOccurrences } from '../tag-everywhere.ts';

/** The entity methods about one article's mentions and suggestions. */
export type ArticleEntityApi = Pick<
  ArchiveApi,
  | 'getArticleEntities'
  | 'acceptSuggestion'
  | 'acceptAllSuggestions'
  | 'rejectSuggestion'
  | 'tagMention'
  | 'previewTagEverywhere'
  | 'tagEverywhere'
  | 'removeMention'
>;

/** What the article-level entity methods need from the open library. */
export interface ArticleEntityContext {
  readonly db: DatabaseSync;
  readonly now: () => Date;
  readonly search: Pick<ArticleSearch, 'search' | 'state'>;
}

const noArticle = (id: number) => fail('not-found', `No article ${id}`);

/** Links a suggestion's mentions that still match the text to an entity (inside a transaction). */
function acceptStored(
  db: DatabaseSync,
  articleId: ArticleId,
  suggestion: StoredSuggestion,
  type: string,
  now: Date,
): void {
  const text = getText(db, articleId) ?? '';
  const entityId = findOrCreateEntity(db, suggestion.name, type, now);
  for (const { start, end, text: words } of suggestion.mentions) {
    // A suggestion made before a re-clean may point at words that moved; those are skipped.
    if (text.slice(start, end) !== words) continue;
    const context = anchorContext(text, start, end);
    const mention = { articleId, entityId, start, end, text: words, ...context };
    insertMention(db, { ...mention, madeBy: 'suggester', createdAt: now.toISOString() });
  }
  decideSuggestion(db, articleId, suggestion.key, 'accepted');
}

/** The live entity of an id (a merged-away one resolves to its target), or null. */
function liveEntity(db: DatabaseSync, id: EntityId): Entity | null {
  const live = liveEntityId(db, id);
  return live === null ? null : getEntity(db, live);
}

/** Creates the article-level entity methods of a library. */
export function createArticleEntityApi(context: ArticleEntityContext): ArticleEntityApi {
  const { db, now } = context;
  const view = (id: ArticleId) => ok(articleEntitiesView(db, id));
  const answer = <T>(work: () => Result<T>) => Promise.resolve(work());
  // The index finds the candidate articles: half-built, it would miss some, so it is waited for. The
  // article in hand counts even when the index has not caught up with its text.
  const libraryScope = (entity: Entity, articleId: ArticleId): Result<number[]> =>
    context.search.state().kind === 'ready'
      ? ok([...new Set([articleId, ...candidateArticles(entity, searchCandidates(context.search))])])
      : fail(
          'search-rebuilding',
          'The search index is being rebuilt; the library-wide search for mentions waits for it',
        );

  return {
    getArticleEntities: ({ id }) => answer(() => (articleExists(db, id) ? view(id) : noArticle(id))),

    acceptSuggestion: ({ articleId, name, type }) =>
      answer(() => {
        if (!articleExists(db, articleId)) return noArticle(articleId);
        const key = entityKey(name);
        const suggestion = openSuggestions(db, articleId).find((s) => s.key === key);
        if (suggestion === undefined)
          return fail('not-found', `No open suggestion "${name}" in article ${articleId}`);
        inTransaction(db, () => {
          acceptStored(db, articleId, suggestion, type, now());
        });
        return view(articleId);
      }),

    acceptAllSuggestions: ({ articleId }) =>
      answer(() => {
        if (!articleExists(db, articleId)) return noArticle(articleId);
        inTransaction(db, () => {
          const at = now();
          for (const suggestion of openSuggestions(db, articleId))
            acceptStored(db, articleId, suggestion, suggestion.type, at);
        });
        return view(articleId);
      }),

    rejectSuggestion: ({ articleId, name, never }) =>
      answer(() => {
        if (!articleExists(db, articleId)) return noArticle(articleId);
        inTransaction(db, () => {
          decideSuggestion(db, articleId, entityKey(name), 'rejected');
          if (never) rejectNameForGood(db, name, now().toISOString());
        });
        return view(articleId);
      }),

    tagMention: ({ articleId, start, end, text, entity }) =>
      answer(() => {
        const articleText = getText(db, articleId);
        if (articleText === null) return noArticle(articleId);
        if (end <= start || end > articleText.length || articleText.slice(start, end) !== text)
          return fail(
            'mention-mismatch',
            `The text at ${start}–${end} of article ${articleId} is not "${text}"`,
          );
        const known = 'id' in entity ? liveEntity(db, entity.id) : null;
        if ('id' in entity && known === null) return fail('not-found', `No entity ${entity.id}`);
        inTransaction(db, () => {
          const at = now();
          const entityId =
            known?.id ?? ('name' in entity ? findOrCreateEntity(db, entity.name, entity.type, at) : null);
          if (entityId === null) return;
          const mention = {
            articleId,
            entityId,
            start,
            end,
            text,
            ...anchorContext(articleText, start, end),
          };
          insertMention(db, { ...mention, madeBy: 'person', createdAt: at.toISOString() });
        });
        return view(articleId);
      }),

    previewTagEverywhere: ({ entityId, articleId }) =>
      answer(() => {
        if (!articleExists(db, articleId)) return noArticle(articleId);
        const entity = liveEntity(db, entityId);
        if (entity === null) return fail('not-found', `No entity ${entityId}`);
        const scope = libraryScope(entity, articleId);
        if (!scope.ok) return scope;
        const inArticle = untaggedOccurrences(db, articleId, entity).length;
        let articles = 0;
        let mentions = 0;
        for (const id of scope.value) {
          const count = untaggedOccurrences(db, id, entity).length;
          if (count > 0) articles++;
          mentions += count;
        }
        return ok({ inArticle, acrossLibrary: { articles, mentions } });
      }),

    tagEverywhere: ({ entityId, articleId, scope }) =>
      answer(() => {
        if (!articleExists(db, articleId)) return noArticle(articleId);
        const entity = liveEntity(db, entityId);
        if (entity === null) return fail('not-found', `No entity ${entityId}`);
        const ids: Result<number[]> = scope === 'article' ? ok([articleId]) : libraryScope(entity, articleId);
        return ids.ok ? ok({ added: tagArticles(db, entity, ids.value, now().toISOString()) }) : ids;
      }),

    removeMention: ({ mentionId }) =>
      answer(() => {
        const mention = getMention(db, mentionId);
        if (mention === null) return fail('not-found', `No mention ${mentionId}`);
        inTransaction(db, () => {
          deleteMention(db, mentionId);
        });
        return view(mention.articleId);
      }),
  };
}
