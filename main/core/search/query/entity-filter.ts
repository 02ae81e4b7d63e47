import type { DatabaseSync } from 'node:sqlite';
import { entityKey } from '../../store/entity-repository.ts';
import { linkedArticleIds } from '../../store/link-repository.ts';
import type { QueryFilter, QueryPlan } from './parse-query.ts';

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

/**
 * The plan with its entity and `has:links` filters bound to their articles; a name no live entity has becomes a
 * problem ("No entity named …") and its filter is dropped, like any filter that cannot apply.
 */
export function resolveEntityFilters(plan: QueryPlan, db: DatabaseSync): QueryPlan {
  if (!plan.filters.some((f) => isEntityFilter(f) || f.field === 'has')) return plan;
  const filters: QueryFilter[] = [];
  const problems = [...plan.problems];
  for (const filter of plan.filters) {
    // `has:links` (its one value) is bound here too: a Set per query keeps the per-row check O(1).
    if (filter.field === 'has') {
      filters.push({ ...filter, articles: linkedArticleIds(db) });
      continue;
    }
    if (!isEntityFilter(filter)) {
      filters.push(filter);
      continue;
    }
    const articles = entityArticleIds(db, filter.value);
    if (articles === null)
      problems.push({ text: written(filter), message: `No entity named “${filter.value}”` });
    else filters.push({ ...filter, articles });
  }
  return { ...plan, filters, problems };
}
