import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId, EntityId } from '../../shared/ids.ts';
import type { ArticleSearch } from '../search/article-search.ts';
import { getText } from '../store/article-repository.ts';
import { inTransaction } from '../store/database.ts';
import type { Entity } from '../../shared/entity-types.ts';
import { insertMention, mentionsOfArticle } from '../store/mention-repository.ts';
import { anchorContext } from './reanchor-mentions.ts';
import { findOccurrences, overlaps, type Occurrence } from './find-occurrences.ts';

/** Finds articles whose indexed text may contain a phrase (the search index answers; text decides). */
export type CandidateFinder = (phrase: string) => Iterable<number>;

/** Articles tagged per transaction when tagging across the library. */
const articlesPerTransaction = 50;

/** The occurrences of an entity's name and aliases in an article that no placed mention covers yet. */
export function untaggedOccurrences(db: DatabaseSync, articleId: number, entity: Entity): Occurrence[] {
  const text = getText(db, articleId);
  if (text === null) return [];
  const taken = mentionsOfArticle(db, articleId).filter((m) => !m.unplaced);
  return findOccurrences(text, [entity.name, ...entity.aliases]).filter(
    (occurrence) => !taken.some((mention) => overlaps(mention, occurrence)),
  );
}

/** Articles that may mention the entity: the search index's hits for its name and each alias. */
export function candidateArticles(entity: Entity, candidates: CandidateFinder): number[] {
  const ids = new Set<number>();
  for (const name of [entity.name, ...entity.aliases]) for (const id of candidates(name)) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** Links occurrences in one article (inside the caller's transaction); how many were added. */
function linkOccurrences(
  db: DatabaseSync,
  articleId: number,
  entityId: EntityId,
  occurrences: readonly Occurrence[],
  createdAt: string,
): number {
  const text = getText(db, articleId) ?? '';
  let added = 0;
  for (const { start, end, text: words } of occurrences) {
    const mention = { articleId: articleId as ArticleId, entityId, start, end, text: words };
    const context = anchorContext(text, start, end);
    if (insertMention(db, { ...mention, ...context, madeBy: 'person', createdAt })) added++;
  }
  return added;
}

/** Links every untagged occurrence in the given articles, a transaction per batch of articles. */
export function tagArticles(
  db: DatabaseSync,
  entity: Entity,
  articleIds: readonly number[],
  createdAt: string,
): number {
  let added = 0;
  for (let from = 0; from < articleIds.length; from += articlesPerTransaction) {
    const batch = articleIds.slice(from, from + articlesPerTransaction);
    added += inTransaction(db, () =>
      batch.reduce(
        (sum, id) => sum + linkOccurrences(db, id, entity.id, untaggedOccurrences(db, id, entity), createdAt),
        0,
      ),
    );
  }
  return added;
}

/** Hits per page when collecting candidate articles from the search index. */
const candidatePage = 500;

/** A CandidateFinder over the library's search: the exact phrase's hits (never fuzzy ones). */
export function searchCandidates(search: Pick<ArticleSearch, 'search'>): CandidateFinder {
  return function* (phrase) {
    const query = `"${phrase.replace(/"/gu, ' ').trim()}"`;
    for (let offset = 0; ; offset += candidatePage) {
      const results = search.search(query, candidatePage, offset, 'relevance', 'complete');
      if (results.fuzzy === true) return;
      for (const hit of results.hits) yield hit.article.id;
      if (offset + candidatePage >= results.total || results.hits.length === 0) return;
    }
  };
}
