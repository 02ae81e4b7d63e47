import type { DocumentInternals } from './index-snapshot.ts';

/**
 * Indexes body terms as FlexSearch's strict tokenizer does at resolution 1 (index-snapshot.test.ts
 * compares them) without its bookkeeping for scores and context; returns the distinct terms. The
 * terms may repeat (the whole text in order): a term already given this id is skipped.
 */
export function pushBodyTerms(internals: DocumentInternals, id: number, terms: readonly string[]): string[] {
  const map = internals.fields.get('body')?.map;
  if (map === undefined) return [];
  const distinct: string[] = [];
  for (const term of terms) {
    if (term === '') continue;
    const buckets = map.get(term);
    const ids = buckets?.[0];
    if (buckets === undefined) map.set(term, [[id]]);
    else if (ids === undefined) buckets[0] = [id];
    else if (ids[ids.length - 1] === id) continue;
    else ids.push(id);
    distinct.push(term);
  }
  if (distinct.length > 0) internals.reg.add(id);
  return distinct;
}
