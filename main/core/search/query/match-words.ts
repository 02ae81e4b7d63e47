import { foldText, hasCjk, wordChars } from '../fold-text.ts';
import type { WordMatcher } from '../snippet.ts';
import type { SearchIndex } from '../search-index.ts';
import type { ParsedQuery } from '../terms.ts';
import type { QueryPlan, QueryTerm } from './parse-query.ts';
import { wordFinder } from './word-finder.ts';

/** One AND-group as the ranker takes it: its encoded terms, and the last word as a prefix while typing. */
export function toParsed(group: readonly QueryTerm[], index: SearchIndex): ParsedQuery {
  const terms: string[] = [];
  let prefix: string | null = null;
  for (const term of group) {
    if (term.kind === 'filter') continue;
    // A copy: the encoder caches its arrays, and popping one would corrupt later lookups.
    const encoded = [...index.encode(term.text)];
    if (term.kind === 'word' && term.prefix) prefix = encoded.pop() ?? null;
    terms.push(...encoded);
  }
  return { terms: [...new Set(terms)].filter((t) => t !== prefix), prefix };
}

/**
 * Whether a word of a text is one the query searched for (any group's term, or a completion of a
 * typed prefix). Memoised: prose repeats its words, and encoding is the costly part, so each
 * distinct word is encoded once per query however many hits' snippets test it.
 */
export function queryMatcher(plan: QueryPlan, index: SearchIndex): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const group of plan.groups) {
    const parsed = toParsed(group, index);
    parsed.terms.forEach((t) => exact.add(t));
    if (parsed.prefix !== null) prefixes.push(parsed.prefix);
  }
  // Filters only: no word of a snippet can match, so none is looked at.
  if (exact.size === 0 && prefixes.length === 0) return Object.assign(() => false, { find: findsNothing });
  const known = new Map<string, boolean>();
  const isMatch = (word: string): boolean => {
    let matched = known.get(word);
    if (matched === undefined) {
      matched = index.encode(word).some((t) => exact.has(t) || prefixes.some((p) => t.startsWith(p)));
      known.set(word, matched);
    }
    return matched;
  };
  const find = wordFinder([...exact], prefixes);
  if (find !== null) return Object.assign(isMatch, { find });
  const candidates = candidatePattern([...exact, ...prefixes]);
  return candidates === null ? isMatch : Object.assign(isMatch, { candidates });
}

const findsNothing = (): void => undefined;

/** Scripts whose letters' folds are tabled below: a word of another script disables the shortcut. */
const tabled = /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}]$/u;
let foldedFirst: Map<string, string[]> | null = null;

/** Folded first letter → every Latin, Greek and Cyrillic letter or digit that folds to start with it (é, É, ß…). */
function firstLetterTable(): Map<string, string[]> {
  if (foldedFirst !== null) return foldedFirst;
  const table = new Map<string, string[]>();
  const ranges: [number, number][] = [
    [0x30, 0x52f],
    [0x1e00, 0x1fff],
    [0xfb00, 0xfb06],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      if (!/[\p{L}\p{N}]/u.test(char)) continue;
      const first = foldText(char).charAt(0);
      const list = table.get(first) ?? [];
      list.push(char);
      table.set(first, list);
    }
  }
  foldedFirst = table;
  return table;
}

/**
 * A pattern finding only the words that could match, by their first letter (any case or accent
 * folding to a query term's first letter): snippets test those instead of every word of a hit.
 * Null when a term is CJK or of a script not tabled (every unit is tested then).
 */
function candidatePattern(terms: readonly string[]): RegExp | null {
  const table = firstLetterTable();
  const letters = new Set<string>();
  for (const term of terms) {
    const first = term.charAt(0);
    if (first === '' || hasCjk(term) || !tabled.test(first)) return null;
    for (const variant of table.get(first) ?? [first]) letters.add(variant);
  }
  if (letters.size === 0) return null;
  return new RegExp(`(?<![${wordChars}])[${[...letters].join('')}][${wordChars}]*`, 'gu');
}
