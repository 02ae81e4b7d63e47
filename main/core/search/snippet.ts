import type { Snippet } from '../../shared/types.ts';
import { cjkBigrams, cjkRun, foldText, hasCjk, wordChars } from './fold-text.ts';

/** Whether one word of the text matches the query. */
export type WordMatcher = (word: string) => boolean;

/** One matched unit of the text: a word, or a CJK bigram, with what it counts as for distinctness. */
interface Match {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/** Letters, digits and kept marks: the same boundaries the index encoder splits on. */
const wordPattern = new RegExp(`[${wordChars}]+`, 'gu');
/** How much text precedes the first match in an extract. */
const leadIn = 60;
/** Snippets per hit at most. */
const maxSnippets = 3;
/** Matches looked at per article: enough for good windows without scanning a whole book. */
const maxMatches = 100;
/** Characters scanned per article at most: snippets are built for every hit of a page, within the latency budget. */
const maxScan = 20_000;

/** Matched units of `text` in order: whole words, and inside CJK runs the matching bigrams. */
function findMatches(text: string, isMatch: WordMatcher, limit = maxMatches): Match[] {
  const found: Match[] = [];
  // Words repeat a lot in prose; the matcher encodes, so each distinct unit is tested once.
  const known = new Map<string, string | null>();
  const test = (start: number, unit: string): void => {
    let key = known.get(unit);
    if (key === undefined) {
      key = isMatch(unit) ? foldText(unit) : null;
      known.set(unit, key);
    }
    if (key !== null) found.push({ start, end: start + unit.length, key });
  };
  for (const word of text.matchAll(wordPattern)) {
    if (found.length >= limit || word.index > maxScan) break;
    if (!hasCjk(word[0])) {
      test(word.index, word[0]);
      continue;
    }
    let at = 0;
    for (const run of word[0].matchAll(cjkRun)) {
      if (run.index > at) test(word.index + at, word[0].slice(at, run.index));
      let offset = word.index + run.index;
      // Bigrams overlap by one character; each is tested where it starts.
      for (const unit of cjkBigrams(run[0])) {
        test(offset, unit);
        offset += (unit.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
      }
      at = run.index + run[0].length;
    }
    if (at < word[0].length) test(word.index + at, word[0].slice(at));
  }
  return found;
}

/** Moves `index` forward to the start of the next word unless it already is one. */
function snapForward(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.slice(index).search(/\s/u);
  return space === -1 ? index : index + space + 1;
}

/** Moves `index` back to the end of the previous word unless the text ends there. */
function snapBack(text: string, index: number, floor: number): number {
  if (index >= text.length) return text.length;
  const cut = text.slice(floor, index).search(/\s\S*$/u);
  return cut <= 0 ? index : floor + cut;
}

/** The [from, end) window of the text shown around a match at `anchor`. */
function windowAt(text: string, anchor: number, maxLength: number): [number, number] {
  const start = snapForward(text, Math.max(0, anchor - leadIn));
  // No space near the match (CJK, long URLs): cut mid-word rather than lose the match.
  const from = start > anchor ? Math.max(0, anchor - leadIn) : start;
  return [from, snapBack(text, Math.min(text.length, from + maxLength), from)];
}

/** Overlapping CJK bigram marks become one range: 東京 and 京都 mark 東京都. */
function mergeRanges(matches: readonly Match[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const { start, end } of matches) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function cut(text: string, [from, end]: readonly [number, number], isMatch: WordMatcher): Snippet {
  const body = text.slice(from, end).replace(/\s+/gu, ' ').trim();
  const snippet = `${from > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  return { text: snippet, highlights: mergeRanges(findMatches(snippet, isMatch, Infinity)) };
}

/** Distinct matched terms inside [from, end): what makes one window better than another. */
function distinctIn(matches: readonly Match[], [from, end]: readonly [number, number]): number {
  const keys = new Set<string>();
  for (const m of matches) if (m.start >= from && m.end <= end) keys.add(m.key);
  return keys.size;
}

/**
 * Picks one to three non-overlapping extracts around matches, the window with the most distinct
 * matched terms first, and marks every matching word (or CJK bigram) in each. When nothing in the
 * text matches (only metadata did), the start of the text; no extract when the text is empty.
 */
export function makeSnippets(text: string, isMatch: WordMatcher, maxLength = 200): Snippet[] {
  if (text.trim() === '') return [];
  const matches = findMatches(text, isMatch);
  if (matches.length === 0) return [cut(text, windowAt(text, 0, maxLength), isMatch)];
  const candidates = matches
    .map((m, order) => {
      const window = windowAt(text, m.start, maxLength);
      return { window, order, score: distinctIn(matches, window) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: (typeof candidates)[number][] = [];
  for (const candidate of candidates) {
    const [from, end] = candidate.window;
    if (chosen.some(({ window: [f, e] }) => from < e && f < end)) continue;
    chosen.push(candidate);
    if (chosen.length === maxSnippets) break;
  }
  return chosen.map(({ window }) => cut(text, window, isMatch));
}
