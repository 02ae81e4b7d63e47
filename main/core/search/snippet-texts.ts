import type { DatabaseSync } from 'node:sqlite';
import type { FieldCache } from './query/field-cache.ts';
import { textHeads } from './query/search-rows.ts';
import type { Snippet } from '../../shared/types.ts';
import { hasMatch, makeSnippets, snippetFirstChars, snippetScanChars, type WordMatcher } from './snippet.ts';

/** The part of an article's text its snippets are cut from, and where that part starts in the text. */
export interface SnippetSource {
  readonly text: string;
  readonly startsAt: number;
}

/**
 * How much text before a phrase its hit's snippets start: more than a snippet's own lead-in, so that
 * the phrase's window comes first (windows with as many of its words, scattered, tie with it).
 */
const phraseLeadIn = 100;

/**
 * The text each hit's snippets are cut from: the head of its text (the first matches are usually
 * there), and the text further on only when the head has no match. A text a phrase or side-by-side
 * check has just read is taken from the cache (the same articles were read twice for a multi-word
 * query) and cut the same way, except that a hit found by a phrase is cut from just before it: a
 * researcher who searched a phrase sees it first, and its snippets scan a head's length of text
 * wherever the phrase is, not up to 20,000 characters of its words scattered.
 */
export function snippetTexts(
  db: DatabaseSync,
  ids: readonly number[],
  isMatch: WordMatcher,
  cache: FieldCache,
  textAt: (id: number) => number | undefined = () => undefined,
): Map<number, SnippetSource> {
  const texts = new Map<number, SnippetSource>();
  const unread: number[] = [];
  for (const id of ids) {
    // phraseFields order: title, byline, site name, text.
    const text = cache.peek(id)?.[3];
    if (text === undefined) unread.push(id);
    else texts.set(id, cachedSource(text, textAt(id), isMatch));
  }
  const heads = textHeads(db, unread, snippetFirstChars);
  const further = unread.filter((id) => needsMore(heads.get(id) ?? '', isMatch));
  if (further.length > 0)
    for (const [id, head] of textHeads(db, further, snippetScanChars)) heads.set(id, head);
  for (const [id, head] of heads) texts.set(id, { text: head, startsAt: 0 });
  return texts;
}

/** Whether a head read from a text is cut short of a match, so that the text further on is needed. */
const needsMore = (head: string, isMatch: WordMatcher): boolean =>
  head.length === snippetFirstChars && !hasMatch(head, isMatch);

/** A cached text cut from just before its phrase (at `at`), or as a head would be read. */
function cachedSource(text: string, at: number | undefined, isMatch: WordMatcher): SnippetSource {
  if (at !== undefined) {
    // From a word start: a snippet should not open on half a word.
    const from = Math.max(0, at - phraseLeadIn);
    const space = from === 0 ? -1 : text.slice(from, at).search(/\s/u);
    const startsAt = from + (space < 0 ? 0 : space + 1);
    return { text: text.slice(startsAt, startsAt + snippetFirstChars), startsAt };
  }
  const head = text.slice(0, snippetFirstChars);
  return { text: needsMore(head, isMatch) ? text.slice(0, snippetScanChars) : head, startsAt: 0 };
}

/** Each hit's snippets, cut from the text `snippetTexts` gives it (none for an article gone meanwhile). */
export function hitSnippets(
  db: DatabaseSync,
  ids: readonly number[],
  isMatch: WordMatcher,
  cache: FieldCache,
  textAt: (id: number) => number | undefined,
): Map<number, Snippet[]> {
  const snippets = new Map<number, Snippet[]>();
  for (const [id, { text, startsAt }] of snippetTexts(db, ids, isMatch, cache, textAt))
    snippets.set(id, makeSnippets(text, isMatch, undefined, startsAt));
  return snippets;
}
