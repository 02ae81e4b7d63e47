import type { ConcordanceLine } from '../../shared/entity-types.ts';
import type { MentionId } from '../../shared/ids.ts';

/** Words of context on each side of a mention. */
export const contextWords = 8;
// Enough characters for eight long words; the words are cut from this window.
const windowChars = 240;

/** What a concordance line needs of a stored mention. */
export interface MentionSpan {
  readonly id: MentionId;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unplaced: boolean;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** The last `words` words of `text`, keeping the space that separates them from what follows. */
function lastWords(text: string, words: number): string {
  const match = new RegExp(`(?:\\S+\\s*){0,${words}}$`, 'u').exec(text);
  return collapse(match?.[0] ?? '').trimStart();
}

/** The first `words` words of `text`, keeping the space that separates them from what precedes. */
function firstWords(text: string, words: number): string {
  const match = new RegExp(`^(?:\\s*\\S+){0,${words}}`, 'u').exec(text);
  return collapse(match?.[0] ?? '').trimEnd();
}

// A window that starts or ends inside a word drops that word's cut-off part.
function windowBefore(text: string, start: number): string {
  const from = Math.max(0, start - windowChars);
  const window = text.slice(from, start);
  return from > 0 ? window.replace(/^\S*/u, '') : window;
}

function windowAfter(text: string, end: number): string {
  const to = end + windowChars;
  const window = text.slice(end, to);
  return to < text.length ? window.replace(/\S*$/u, '') : window;
}

/**
 * One mention in context: about eight words on each side from the article's cleaned text. A
 * mention whose offsets no longer fit the text (unplaced by a re-clean) shows only its words.
 */
export function concordanceLine(text: string, mention: MentionSpan, words = contextWords): ConcordanceLine {
  const placed =
    !mention.unplaced &&
    mention.end <= text.length &&
    text.slice(mention.start, mention.end) === mention.text;
  if (!placed) return { mentionId: mention.id, before: '', match: mention.text, after: '' };
  return {
    mentionId: mention.id,
    before: lastWords(windowBefore(text, mention.start), words),
    match: collapse(mention.text),
    after: firstWords(windowAfter(text, mention.end), words),
  };
}

/** A concordance line as one plain string (for exports). */
export function lineText(line: ConcordanceLine): string {
  return `${line.before}${line.match}${line.after}`.trim();
}
