import type { QueryClause, QueryTerm } from './query-terms.ts';

/** OR inside many clauses multiplies out; beyond this many AND-groups the rest are dropped. */
export const maxGroups = 32;

/**
 * Multiplies clauses out into AND-groups of terms (OR of ANDs), nested groups included.
 * `truncated` tells that combinations beyond `maxGroups` were dropped.
 */
export function expandClauses(clauses: readonly QueryClause[]): {
  groups: QueryTerm[][];
  truncated: boolean;
} {
  let groups: QueryTerm[][] = [[]];
  let truncated = false;
  for (const clause of clauses) {
    const alternatives: QueryTerm[][] = [];
    for (const item of clause) {
      if (item.kind !== 'group') {
        alternatives.push([item]);
        continue;
      }
      const inner = expandClauses(item.clauses);
      truncated ||= inner.truncated;
      alternatives.push(...inner.groups);
    }
    const next = groups.flatMap((group) => alternatives.map((alternative) => [...group, ...alternative]));
    if (next.length > maxGroups) truncated = true;
    groups = next.slice(0, maxGroups);
  }
  return { groups: clauses.length === 0 ? [] : groups, truncated };
}
