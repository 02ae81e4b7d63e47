import type { DatabaseSync } from 'node:sqlite';
import type { FieldCache } from './query/field-cache.ts';
import { textHeads } from './query/search-rows.ts';
import { hasMatch, snippetFirstChars, snippetScanChars, type WordMatcher } from './snippet.ts';

/**
 * The text each hit's snippets are cut from. A text a phrase or side-by-side check has just read is
 * taken from the cache (the same articles were read twice for a multi-word query); the others are
 * read as a short head, and only those without a match in it read on.
 */
export function snippetTexts(
  db: DatabaseSync,
  ids: readonly number[],
  isMatch: WordMatcher,
  cache: FieldCache,
): Map<number, string> {
  const texts = new Map<number, string>();
  const unread: number[] = [];
  for (const id of ids) {
    // phraseFields order: title, byline, site name, text.
    const text = cache.peek(id)?.[3];
    if (text === undefined) unread.push(id);
    else texts.set(id, text.slice(0, snippetScanChars));
  }
  const heads = textHeads(db, unread, snippetFirstChars);
  const further = unread.filter((id) => {
    const head = heads.get(id) ?? '';
    return head.length === snippetFirstChars && !hasMatch(head, isMatch);
  });
  if (further.length > 0)
    for (const [id, head] of textHeads(db, further, snippetScanChars)) heads.set(id, head);
  for (const [id, head] of heads) texts.set(id, head);
  return texts;
}
