import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../store/database.ts';
import { mentionsOfArticle, placeMention } from '../store/mention-repository.ts';

// Mentions store offsets into the cleaned text. When a re-clean changes that text, each mention
// is looked for again: where it was, then by the words around it, then nearest to where it was.

/** How many characters of context a mention keeps on each side. */
export const anchorContextLength = 32;

/** The words just before and after a range of a text, for finding it again later. */
export function anchorContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - anchorContextLength), start),
    suffix: text.slice(end, end + anchorContextLength),
  };
}

/** Where a mention lands in a new text, or null when its words are gone. */
export function reanchor(
  text: string,
  mention: { start: number; end: number; text: string; prefix: string; suffix: string },
): { start: number; end: number } | null {
  const length = mention.text.length;
  if (length === 0) return null;
  if (text.slice(mention.start, mention.end) === mention.text)
    return { start: mention.start, end: mention.end };
  const withContext = mention.prefix + mention.text + mention.suffix;
  const inContext = text.indexOf(withContext);
  if (inContext >= 0 && text.indexOf(withContext, inContext + 1) < 0) {
    const start = inContext + mention.prefix.length;
    return { start, end: start + length };
  }
  let best: number | null = null;
  for (let at = text.indexOf(mention.text); at >= 0; at = text.indexOf(mention.text, at + 1))
    if (best === null || Math.abs(at - mention.start) < Math.abs(best - mention.start)) best = at;
  return best === null ? null : { start: best, end: best + length };
}

/** Re-anchors every mention of an article to its new text in one transaction; counts the outcomes. */
export function reanchorMentions(
  db: DatabaseSync,
  articleId: number,
  text: string,
): { kept: number; moved: number; unplaced: number } {
  return inTransaction(db, () => {
    const counts = { kept: 0, moved: 0, unplaced: 0 };
    for (const mention of mentionsOfArticle(db, articleId)) {
      const placed = reanchor(text, mention);
      if (placed === null) {
        counts.unplaced++;
        placeMention(db, mention.id, null);
      } else if (placed.start === mention.start && placed.end === mention.end && !mention.unplaced) {
        counts.kept++;
        placeMention(db, mention.id, { ...placed, ...anchorContext(text, placed.start, placed.end) });
      } else {
        counts.moved++;
        placeMention(db, mention.id, { ...placed, ...anchorContext(text, placed.start, placed.end) });
      }
    }
    return counts;
  });
}
