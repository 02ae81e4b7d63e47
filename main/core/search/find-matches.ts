import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../shared/ids.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ArticleMatches } from '../../shared/types.ts';
import { getText } from '../store/article-repository.ts';
import { evaluateQuery } from './query/evaluate-query.ts';
import { parseSearchQuery } from './query/parse-query.ts';
import type { SearchIndex } from './search-index.ts';

/** Letters and digits: the word boundaries of snippets and of the index encoder. */
const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * The distinct surface words of an article's text that `query` matches, using the same
 * matcher as the snippets (encoder, prefixes, phrase words), so the reader marks exactly
 * what search found. Words come back in order of first appearance.
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
  const { isMatch } = evaluateQuery(parseSearchQuery(query), index, db);
  const seen = new Map<string, boolean>();
  const words: string[] = [];
  for (const [word] of text.matchAll(wordPattern)) {
    if (seen.has(word)) continue;
    const matched = isMatch(word);
    seen.set(word, matched);
    if (matched) words.push(word);
  }
  return ok({ id, words });
}
