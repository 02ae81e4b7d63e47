import { listsOf, type Lists, type PostingSource, type TermSpec } from './match-group.ts';
import type { PrefixEntry } from './prefix-cache.ts';

/** A term spec's lists split by field kind, and what a body-only hit of it counts for. */
export interface SpecLists {
  readonly meta: readonly Lists[];
  readonly body: readonly Lists[];
  readonly all: readonly Lists[];
  readonly size: number;
  /** A body hit's factor when the article has a best-factor term in its body. */
  readonly topFactor: number;
  /** The factor otherwise (a prefix's completions when the prefix is itself a word), or null when all are equal. */
  readonly lowFactor: number | null;
  /** The typed prefix's lookup kept between queries, if the spec is one (its bits are kept there). */
  readonly cached: PrefixEntry | null;
}

export function specLists(spec: TermSpec, source: PostingSource): SpecLists | null {
  const all = listsOf(spec, source);
  const body = all.filter((l) => l.field === 'body');
  const factors = [...new Set(body.map((l) => l.factor))].sort((a, b) => b - a);
  // Scores in three or more body tiers are not what this ranking enumerates.
  if (factors.length > 2) return null;
  return {
    meta: all.filter((l) => l.field !== 'body'),
    body,
    all,
    size: all.reduce((sum, l) => sum + l.length, 0),
    topFactor: factors[0] ?? 1,
    lowFactor: factors[1] ?? null,
    cached: spec.cached ?? null,
  };
}
