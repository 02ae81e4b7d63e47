import type { DatabaseSync } from 'node:sqlite';
import { entityKey } from '../../store/entity-repository.ts';
import { linkedArticleIds } from '../../store/link-repository.ts';
import { expandClauses } from './expand-groups.ts';
import type { QueryClause, QueryFilter, QueryGroup, QueryPlan, QueryTerm } from './parse-query.ts';

// `entity:` (and `tag:`, its alias) needs the registry, which the parser does not read: the plan
// is resolved here, each entity filter getting the articles with a confirmed mention of the live
// entities of that name or alias. Merged entities resolve through the aliases a merge adds.

/** Whether a filter names an entity (`entity:` or `tag:`). */
export function isEntityFilter(filter: QueryFilter): boolean {
  return filter.field === 'entity' || filter.field === 'tag';
}

/** The articles mentioning a live entity called `name` (name or alias, by key); null when none is. */
export function entityArticleIds(db: DatabaseSync, name: string): ReadonlySet<number> | null {
  const key = entityKey(name);
  const entities = db
    .prepare(
      `SELECT id FROM entities WHERE name_key = :key AND merged_into IS NULL
       UNION SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.alias_key = :key AND e.merged_into IS NULL`,
    )
    .all({ key }) as unknown as { id: number }[];
  if (entities.length === 0) return null;
  const rows = db
    .prepare(
      `SELECT DISTINCT article_id FROM entity_mentions
       WHERE entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(entities.map((e) => e.id))) as unknown as { article_id: number }[];
  return new Set(rows.map((row) => row.article_id));
}

function written(filter: QueryFilter): string {
  const value = /[\s)]/u.test(filter.value) ? `"${filter.value}"` : filter.value;
  return `${filter.negated ? '-' : ''}${filter.field}:${value}`;
}

/** Whether a filter is bound to articles here rather than tested on a row's columns. */
function needsBinding(filter: QueryFilter): boolean {
  return isEntityFilter(filter) || filter.field === 'has';
}

function mentionsBindable(clauses: readonly QueryClause[]): boolean {
  return clauses.some((clause) =>
    clause.some((item) =>
      item.kind === 'group'
        ? mentionsBindable(item.clauses)
        : item.kind === 'filter' && needsBinding(item.filter),
    ),
  );
}

/**
 * The plan with its entity and `has:links` filters bound to their articles; a name no live entity has becomes a
 * problem ("No entity named …"). At the top level that filter is dropped, like any filter that cannot apply;
 * inside parentheses it stays unbound and matches nothing, so `(entity:x OR site:y)` still finds site y.
 */
export function resolveEntityFilters(plan: QueryPlan, db: DatabaseSync): QueryPlan {
  const exclusionClauses = plan.exclusions.flatMap((e) => (e.kind === 'group' ? [e.clauses] : []));
  if (
    !plan.filters.some(needsBinding) &&
    !mentionsBindable(plan.clauses) &&
    !exclusionClauses.some(mentionsBindable)
  )
    return plan;
  const problems = [...plan.problems];
  // Each name is resolved once however often OR-expansion repeats its filter.
  const bound = new Map<string, ReadonlySet<number> | null>();
  const bind = (filter: QueryFilter): QueryFilter | null => {
    if (!needsBinding(filter)) return filter;
    // `has:links` (its one value) is bound here too: a Set per query keeps the per-row check O(1).
    const key = filter.field === 'has' ? ' has' : filter.value;
    if (!bound.has(key)) {
      const articles = filter.field === 'has' ? linkedArticleIds(db) : entityArticleIds(db, filter.value);
      if (articles === null)
        problems.push({ text: written(filter), message: `No entity named “${filter.value}”` });
      bound.set(key, articles);
    }
    const articles = bound.get(key);
    return articles === null || articles === undefined ? null : { ...filter, articles };
  };
  const bindClauses = (clauses: readonly QueryClause[]): QueryClause[] =>
    clauses.map((clause) =>
      clause.map((item): QueryTerm | QueryGroup => {
        if (item.kind === 'group') return { kind: 'group', clauses: bindClauses(item.clauses) };
        if (item.kind !== 'filter') return item;
        return { kind: 'filter', filter: bind(item.filter) ?? item.filter };
      }),
    );
  const filters = plan.filters.flatMap((f) => bind(f) ?? []);
  const clauses = bindClauses(plan.clauses);
  const exclusions = plan.exclusions.map((e) =>
    e.kind === 'group' ? { kind: 'group' as const, clauses: bindClauses(e.clauses) } : e,
  );
  return { ...plan, clauses, groups: expandClauses(clauses).groups, exclusions, filters, problems };
}
