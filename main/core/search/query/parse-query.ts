import { isQueryDate, type DateFilterField } from './query-dates.ts';

/** One positive alternative of a clause: a word (maybe still being typed) or an exact phrase. */
export type QueryTerm =
  | { readonly kind: 'word'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string };

/** A word or phrase that excludes every article containing it. */
export interface QueryExclusion {
  readonly kind: 'word' | 'phrase';
  readonly text: string;
}

/** A text filter on article metadata. */
export type TextFilterField = 'title' | 'author' | 'site' | 'lang';

/** A field filter (`title:`, `before:` …); date values are already validated. */
export interface QueryFilter {
  readonly field: TextFilterField | DateFilterField;
  readonly value: string;
}

/** A part of the query that was ignored, with the explanation to show. */
export interface QueryProblem {
  readonly text: string;
  readonly message: string;
}

/** The parsed search box: clauses are ANDed, the terms of one clause are ORed. */
export interface QueryPlan {
  readonly clauses: readonly (readonly QueryTerm[])[];
  readonly exclusions: readonly QueryExclusion[];
  readonly filters: readonly QueryFilter[];
  readonly problems: readonly QueryProblem[];
}

const knownFilters = ['title', 'author', 'site', 'lang', 'before', 'after', 'on'] as const;
const dateFilters: readonly string[] = ['before', 'after', 'on'];

type Token =
  | { readonly kind: 'word' | 'phrase'; readonly text: string; readonly negated: boolean }
  | { readonly kind: 'filter'; readonly name: string; readonly value: string; readonly raw: string }
  | { readonly kind: 'or' };

/** Reads a quoted run starting at `start` (on the quote); an unclosed quote runs to the end. */
function readQuoted(query: string, start: number): { text: string; end: number } {
  const close = query.indexOf('"', start + 1);
  const end = close === -1 ? query.length : close + 1;
  return { text: query.slice(start + 1, close === -1 ? query.length : close), end };
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/u.test(query[i] ?? '')) {
      i += 1;
      continue;
    }
    const negated = query[i] === '-';
    const start = negated ? i + 1 : i;
    if (query[start] === '"') {
      const quoted = readQuoted(query, start);
      tokens.push({ kind: 'phrase', text: quoted.text, negated });
      i = quoted.end;
      continue;
    }
    const filter = /^([\p{L}]+):(?=\S)/u.exec(query.slice(start));
    if (filter !== null && !negated) {
      const valueStart = start + filter[0].length;
      const quoted = query[valueStart] === '"' ? readQuoted(query, valueStart) : null;
      const end = quoted?.end ?? valueStart + (/^\S*/u.exec(query.slice(valueStart))?.[0].length ?? 0);
      const value = quoted?.text ?? query.slice(valueStart, end);
      tokens.push({ kind: 'filter', name: filter[1] ?? '', value, raw: query.slice(start, end) });
      i = end;
      continue;
    }
    const word = /^[^\s"]*/u.exec(query.slice(start))?.[0] ?? '';
    i = start + word.length;
    // A lone "-" excludes nothing; "OR" in capitals is the operator, not a word.
    if (word === '') continue;
    tokens.push(word === 'OR' && !negated ? { kind: 'or' } : { kind: 'word', text: word, negated });
  }
  return tokens;
}

function filterProblem(name: string, value: string, raw: string): QueryProblem | null {
  if (!(knownFilters as readonly string[]).includes(name.toLowerCase())) {
    return {
      text: raw,
      message: `Unknown filter “${name}:” — known filters: ${knownFilters.join(', ')}`,
    };
  }
  if (dateFilters.includes(name.toLowerCase()) && !isQueryDate(value)) {
    return { text: raw, message: `“${raw}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  return null;
}

/**
 * Parses a search box value. Words are ANDed, `"…"` is a phrase, `-` excludes, `OR` joins the
 * neighbouring terms, `name:value` filters. The last plain word is a prefix unless the query ends
 * with whitespace. Bad filters become problems; the rest of the query still applies.
 */
export function parseSearchQuery(query: string): QueryPlan {
  const tokens = tokenize(query);
  const clauses: QueryTerm[][] = [];
  const exclusions: QueryExclusion[] = [];
  const filters: QueryFilter[] = [];
  const problems: QueryProblem[] = [];
  // Still typing the last word: the query ends inside a plain word, not after a space or "-".
  const typing = /(?:^|\s)[^\s"-][^\s"]*$/u.test(query);
  let joinNext = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'or') {
      // "OR" at the start joins nothing; at the end it is dropped with the empty clause.
      joinNext = clauses.length > 0;
      return;
    }
    if (token.kind === 'filter') {
      const problem = filterProblem(token.name, token.value, token.raw);
      if (problem === null)
        filters.push({ field: token.name.toLowerCase() as QueryFilter['field'], value: token.value });
      else problems.push(problem);
      return;
    }
    if (token.text.trim() === '') return;
    if (token.negated) {
      exclusions.push({ kind: token.kind, text: token.text });
      return;
    }
    const isLast = index === tokens.length - 1;
    const term: QueryTerm =
      token.kind === 'word'
        ? { kind: 'word', text: token.text, prefix: typing && isLast }
        : { kind: 'phrase', text: token.text };
    const previous = clauses.at(-1);
    if (joinNext && previous !== undefined) previous.push(term);
    else clauses.push([term]);
    joinNext = false;
  });
  return { clauses, exclusions, filters, problems };
}
