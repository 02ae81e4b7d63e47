import type { Snippet } from '../../shared/types.ts';
import { foldText, hasCjk } from './fold-text.ts';
import { forEachWordUnit } from './word-units.ts';
import { bitCount } from './query/id-bits.ts';
import type { WordFinder } from './query/word-finder.ts';

/** Whether one word of the text matches the query. */
export interface WordMatcher {
  (word: string): boolean;
  /** Finds every word that could match (a superset), so the others need not be tested. */
  readonly candidates?: RegExp;
  /** Finds exactly the matching words (no word needs testing then). */
  readonly find?: WordFinder;
}

/** One matched unit of the text: a word, or a CJK bigram, with what it counts as for distinctness. */
interface Match {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/** How much text precedes the first match in an extract. */
const leadIn = 60;
/** Snippets per hit at most. */
const maxSnippets = 3;
/** Matches looked at per article: enough for good windows without scanning a whole book. */
const maxMatches = 100;
/** Characters scanned per article at most: snippets are built for every hit of a page, within the latency budget. */
const maxScan = 20_000;
/** How much of an article's text snippets can use (the scan plus room for the last window): read no more. */
export const snippetScanChars = maxScan + 1_000;
/** Most hits match early: their snippets come from this much text, the rest read further. */
export const snippetFirstChars = 4_000;

/** Folded keys of matched units, kept across hits and queries (a page's hits repeat their words). */
const foldedUnits = new Map<string, string>();
const maxFoldedUnits = 20_000;

/** A matched unit's folded key, for counting distinct terms per window. */
function foldedKey(unit: string): string {
  let key = foldedUnits.get(unit);
  if (key === undefined) {
    if (foldedUnits.size >= maxFoldedUnits) foldedUnits.clear();
    key = foldText(unit);
    foldedUnits.set(unit, key);
  }
  return key;
}

/** Matched units of `text` in order: whole words, and inside CJK runs the matching bigrams. */
function findMatches(text: string, isMatch: WordMatcher, limit = maxMatches): Match[] {
  const found: Match[] = [];
  const visit = (start: number, unit: string, known = false): boolean => {
    if (!known && !isMatch(unit)) return true;
    found.push({ start, end: start + unit.length, key: foldedKey(unit) });
    return found.length < limit;
  };
  if (isMatch.find !== undefined) {
    isMatch.find(text, (start, word) => visit(start, word, true), maxScan);
    return found;
  }
  if (isMatch.candidates === undefined) {
    forEachWordUnit(text, visit, maxScan);
    return found;
  }
  for (const word of text.matchAll(isMatch.candidates)) {
    if (word.index > maxScan) break;
    let more = true;
    // A word mixing in CJK is split as everywhere else.
    if (hasCjk(word[0])) forEachWordUnit(word[0], (start, unit) => (more = visit(word.index + start, unit)));
    else more = visit(word.index, word[0]);
    if (!more) break;
  }
  return found;
}

/** Whether any word of `text` matches (within the scanned length). */
export function hasMatch(text: string, isMatch: WordMatcher): boolean {
  return findMatches(text, isMatch, 1).length > 0;
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
  // The last whitespace before `index`, found walking back over the cut word (a regex over the
  // window backtracked at every space, and this runs for each candidate window of every hit).
  for (let at = index - 1; at > floor; at -= 1) if (whitespace.test(text.charAt(at))) return at;
  return index;
}

const whitespace = /\s/u;

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

function cut(
  text: string,
  [from, end]: readonly [number, number],
  isMatch: WordMatcher,
  startsAt: number,
): Snippet {
  const body = text.slice(from, end).replace(/\s+/gu, ' ').trim();
  const snippet = `${from + startsAt > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  return { text: snippet, highlights: mergeRanges(findMatches(snippet, isMatch, Infinity)) };
}

/** Distinct matched terms inside [from, end): what makes one window better than another. */
function distinctIn(
  matches: readonly Match[],
  bits: Int32Array,
  [from, end]: readonly [number, number],
): number {
  // Matches are in text order: find the first inside, then OR each one's term bit until past the end.
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.start ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  let seen = 0;
  for (let i = low; i < matches.length; i += 1) {
    const match = matches[i];
    if (match === undefined || match.start >= end) break;
    if (match.end <= end) seen |= bits[i] ?? 0;
  }
  return bitCount(seen);
}

/** Each match's term as one bit (terms past the 31st share the last bit: windows rarely hold more). */
function termBits(matches: readonly Match[]): Int32Array {
  const index = new Map<string, number>();
  const bits = new Int32Array(matches.length);
  for (const [i, { key }] of matches.entries()) {
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = Math.min(index.size, 30)));
    bits[i] = 1 << at;
  }
  return bits;
}

/**
 * Picks one to three non-overlapping extracts around matches, the window with the most distinct
 * matched terms first, and marks every matching word (or CJK bigram) in each. When nothing in the
 * text matches (only metadata did), the start of the text; no extract when the text is empty.
 * `startsAt`: where `text` starts in the article's text (a later part of it is marked as cut before).
 */
export function makeSnippets(text: string, isMatch: WordMatcher, maxLength = 200, startsAt = 0): Snippet[] {
  if (text.trim() === '') return [];
  const matches = findMatches(text, isMatch);
  if (matches.length === 0) return [cut(text, windowAt(text, 0, maxLength), isMatch, startsAt)];
  const bits = termBits(matches);
  const candidates = matches
    .map((m, order) => {
      const window = windowAt(text, m.start, maxLength);
      return { window, order, score: distinctIn(matches, bits, window) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: (typeof candidates)[number][] = [];
  for (const candidate of candidates) {
    const [from, end] = candidate.window;
    if (chosen.some(({ window: [f, e] }) => from < e && f < end)) continue;
    chosen.push(candidate);
    if (chosen.length === maxSnippets) break;
  }
  return chosen.map(({ window }) => cut(text, window, isMatch, startsAt));
}
