/** One positive alternative of a clause: a word (maybe still being typed) or an exact phrase. */
export type QueryTerm =
  | { readonly kind: 'word'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string };

/** A parenthesized sub-query: its clauses are ANDed like the top level's. */
export interface QueryGroup {
  readonly kind: 'group';
  readonly clauses: readonly QueryClause[];
}

/** Alternatives joined by OR; the clauses of a query or group are ANDed. */
export type QueryClause = readonly (QueryTerm | QueryGroup)[];
