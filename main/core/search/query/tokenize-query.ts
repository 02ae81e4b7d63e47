import { isKnownFilter } from './filter-problems.ts';

/** One lexical piece of the search box. `negated` is a leading `-`. */
export type QueryToken =
  | { readonly kind: 'word'; readonly text: string; readonly negated: boolean }
  /** `closed`: ended by its quote; an unclosed phrase runs to the end of the query. */
  | { readonly kind: 'phrase'; readonly text: string; readonly negated: boolean; readonly closed: boolean }
  /** A `-` with nothing after it: it leaves nothing out. */
  | { readonly kind: 'dash' }
  | {
      readonly kind: 'filter';
      readonly name: string;
      readonly value: string;
      readonly raw: string;
      readonly negated: boolean;
      /** The query ends at its colon, or at the quote opened after it: still being typed. */
      readonly typing?: true;
    }
  | { readonly kind: 'open'; readonly negated: boolean }
  | { readonly kind: 'close' }
  | { readonly kind: 'or' };

/** Reads a quoted run starting at `start` (on the quote); an unclosed quote runs to the end. */
function readQuoted(query: string, start: number): { text: string; end: number; closed: boolean } {
  const close = query.indexOf('"', start + 1);
  const end = close === -1 ? query.length : close + 1;
  return { text: query.slice(start + 1, close === -1 ? query.length : close), end, closed: close !== -1 };
}

/** Splits a search box value into words, phrases, filters, parentheses and `OR`. */
export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] ?? '';
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    if (char === ')') {
      tokens.push({ kind: 'close' });
      i += 1;
      continue;
    }
    const negated = char === '-';
    const start = negated ? i + 1 : i;
    if (query[start] === '(') {
      tokens.push({ kind: 'open', negated });
      i = start + 1;
      continue;
    }
    if (query[start] === '"') {
      const quoted = readQuoted(query, start);
      tokens.push({ kind: 'phrase', text: quoted.text, negated, closed: quoted.closed });
      i = quoted.end;
      continue;
    }
    const filter = /^([\p{L}]+):(?=[^\s)])/u.exec(query.slice(start));
    // A known filter with nothing after its colon is not the word "before:". Still being typed (the
    // query ends at the colon), it says so; with its value typed after a space (`before: 2020`), the
    // value goes with it, so `-site: x` never searches for x; otherwise it has no value. Both are explained.
    const bare = filter === null ? /^([\p{L}]+):(?=[\s)]|$)/u.exec(query.slice(start)) : null;
    if (bare !== null && isKnownFilter((bare[1] ?? '').toLowerCase())) {
      let end = start + bare[0].length;
      if (end === query.length) {
        tokens.push({
          kind: 'filter',
          name: bare[1] ?? '',
          value: '',
          raw: query.slice(i),
          negated,
          typing: true,
        });
        break;
      }
      const spaced = /^\s+(?!OR(?:[\s)]|$))[^\s"()-][^\s()]*/u.exec(query.slice(end));
      const spacedQuote = /^\s+"/u.exec(query.slice(end));
      if (spacedQuote !== null) end = readQuoted(query, end + spacedQuote[0].length - 1).end;
      else if (spaced !== null && !/^\s+[\p{L}]+:/u.test(spaced[0])) end += spaced[0].length;
      tokens.push({ kind: 'filter', name: bare[1] ?? '', value: '', raw: query.slice(i, end), negated });
      i = end;
      continue;
    }
    if (filter !== null) {
      const valueStart = start + filter[0].length;
      // A quote just opened after the colon (`title:"`) is still being typed.
      if (query[valueStart] === '"' && valueStart === query.length - 1) {
        tokens.push({
          kind: 'filter',
          name: filter[1] ?? '',
          value: '',
          raw: query.slice(i),
          negated,
          typing: true,
        });
        break;
      }
      const quoted = query[valueStart] === '"' ? readQuoted(query, valueStart) : null;
      // An unquoted value stops at a closing parenthesis, so `(site:a)` reads as expected.
      const end = quoted?.end ?? valueStart + (/^[^\s)]*/u.exec(query.slice(valueStart))?.[0].length ?? 0);
      const value = quoted?.text ?? query.slice(valueStart, end);
      tokens.push({ kind: 'filter', name: filter[1] ?? '', value, raw: query.slice(i, end), negated });
      i = end;
      continue;
    }
    const word = /^[^\s"()]*/u.exec(query.slice(start))?.[0] ?? '';
    i = start + word.length;
    // A lone "-" excludes nothing (the parser says so); "OR" in capitals is the operator, not a word.
    if (word === '') {
      if (negated) tokens.push({ kind: 'dash' });
      continue;
    }
    tokens.push(word === 'OR' && !negated ? { kind: 'or' } : { kind: 'word', text: word, negated });
  }
  return tokens;
}
