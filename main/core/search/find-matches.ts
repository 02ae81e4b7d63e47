import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ArticleMatches } from '../../shared/types.ts';
import { getText } from '../store/article-repository.ts';
import { queryMatcher } from './query/match-words.ts';
import { parseSearchQuery } from './query/parse-query.ts';
import type { SearchIndex } from './search-index.ts';
import { forEachWordUnit } from './word-units.ts';

/**
 * The distinct surface units of an article's text that `query` matches, split and matched exactly
 * as the snippets are (encoder, prefixes, phrase words; Hindi words whole, CJK as the matching
 * bigrams), so the reader marks what search found. Units come back in order of first appearance.
 */
export function findMatches(
  db: DatabaseSync,
  index: SearchIndex,
  id: ArticleId,
  query: string,
): Result<ArticleMatches> {
  const text = getText(db, id);
  if (text === null) return fail('not-found', `No article ${id}`);
  if (query.trim() === '') return ok({ id, words: [] });
  const isMatch = queryMatcher(parseSearchQuery(query), index);
  const seen = new Set<string>();
  const words: string[] = [];
  forEachWordUnit(text, (_, unit) => {
    if (seen.has(unit)) return true;
    seen.add(unit);
    if (isMatch(unit)) words.push(unit);
    return true;
  });
  return ok({ id, words });
}
