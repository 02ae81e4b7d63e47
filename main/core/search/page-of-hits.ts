import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, SearchResults } from '../../shared/types.ts';
import { summariesByIds } from '../store/article-repository.ts';
import type { Answer } from './answer-query.ts';
import type { FieldCache } from './query/field-cache.ts';
import { hitSnippets } from './snippet-texts.ts';

/**
 * What the search box shows of an answered query: hits `offset..offset+limit` with their articles'
 * summaries and snippets (an article deleted meanwhile is left out), the count, and the notes (a
 * problem with the query, a corrected query, phrase checks stopped for time).
 */
export function pageOfHits(
  db: DatabaseSync,
  texts: FieldCache,
  query: string,
  answer: Answer,
  limit: number,
  offset: number,
): SearchResults {
  const top = answer.ranked.slice(offset, offset + limit);
  const ids = top.map((r) => r.id);
  const summaries = summariesByIds(db, ids);
  const snippets = hitSnippets(db, ids, answer.isMatch, texts, answer.textAt);
  const hits: SearchHit[] = [];
  for (const { id, score } of top) {
    const article = summaries.get(id);
    if (article !== undefined) hits.push({ article, score, snippets: snippets.get(id) ?? [] });
  }
  const fuzzy = answer.didYouMean === null ? {} : { didYouMean: answer.didYouMean, fuzzy: true };
  const { total, totalIsEstimate } = answer;
  // Phrase checks stopped for time: the caller asks again (same offset on) for the rest.
  const partial = answer.complete ? {} : { partial: true };
  return { query, hits, total, totalIsEstimate, problems: answer.plan.problems, ...fuzzy, ...partial };
}
