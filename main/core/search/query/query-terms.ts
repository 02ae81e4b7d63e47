import type { KnownFilter } from './filter-problems.ts';

/** A field filter (`title:`, `-site:` …); values are already validated. */
export interface QueryFilter {
  readonly field: KnownFilter;
  readonly value: string;
  /** `-field:value`: keeps the articles the filter would drop. */
  readonly negated: boolean;
  /** `entity:`/`tag:`/`has:links` only: the articles mentioning that entity, or linked, set by resolveEntityFilters. */
  readonly articles?: ReadonlySet<number>;
}

/**
 * One positive alternative of a clause: a word (maybe still being typed), an exact phrase, or a
 * filter written inside parentheses (`(site:a OR site:b)`), which binds only its own AND-group.
 */
export type QueryTerm =
  | { readonly kind: 'word'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'filter'; readonly filter: QueryFilter };

/** A word or phrase term: what the index and the stored text are searched for. */
export type TextTerm = Exclude<QueryTerm, { readonly kind: 'filter' }>;

/** A parenthesized sub-query: its clauses are ANDed like the top level's. */
export interface QueryGroup {
  readonly kind: 'group';
  readonly clauses: readonly QueryClause[];
}

/** Alternatives joined by OR; the clauses of a query or group are ANDed. */
export type QueryClause = readonly (QueryTerm | QueryGroup)[];

/** The word and phrase terms of an AND-group, without its filters. */
export function textTerms(group: readonly QueryTerm[]): TextTerm[] {
  return group.filter((t): t is TextTerm => t.kind !== 'filter');
}

/** The filters of an AND-group (written inside parentheses). */
export function groupFilters(group: readonly QueryTerm[]): QueryFilter[] {
  return group.flatMap((t) => (t.kind === 'filter' ? [t.filter] : []));
}
