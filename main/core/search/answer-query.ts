import { correctQuery, createSpelling } from './correct-query.ts';
import { evaluateQuery, type Evaluated, type QueryContext } from './query/evaluate-query.ts';
import { resolveEntityFilters } from './query/entity-filter.ts';
import { parseSearchQuery, type QueryPlan } from './query/parse-query.ts';
import type { SearchSort } from '../../shared/types.ts';

/** A query's ranked hits, its plan, and the corrected query when the hits are for that instead. */
export interface Answer extends Evaluated {
  readonly plan: QueryPlan;
  /** Set when the exact query found nothing and these hits answer this corrected query. */
  readonly didYouMean: string | null;
}

/** Answers a search box value; `warm` prepares the typo suggester ahead, a slice at a time. */
export type QueryAnswerer = ((
  query: string,
  sort?: SearchSort,
  want?: number,
  deadline?: number,
) => Answer) & {
  readonly warm: (yieldBetween: () => Promise<void>) => Promise<void>;
};

/**
 * Answers search box values. When the exact query finds nothing, unknown words of 5+ letters are
 * corrected to close vocabulary terms and the corrected query is tried instead.
 */
export function createQueryAnswerer(context: QueryContext): QueryAnswerer {
  const { index, db } = context;
  const spelling = createSpelling(() => index.vocabulary);
  // `want`: how many hits in order the caller shows (offset + limit); phrases are verified that far.
  // `deadline`: when phrase checks stop for this call (the caller asks again for the rest).
  const answer = (
    query: string,
    sort: SearchSort = 'relevance',
    want = Infinity,
    deadline?: number,
  ): Answer => {
    const plan = resolveEntityFilters(parseSearchQuery(query), db);
    const exact = evaluateQuery(plan, context, sort, want, deadline);
    // Unfinished checks may still find hits: no correction until the exact query is known empty.
    if (exact.total > 0 || !exact.complete || plan.groups.length === 0) {
      return { ...exact, plan, didYouMean: null };
    }
    const corrected = correctQuery(query, plan, index.vocabulary, spelling(), (text) => index.encode(text));
    if (corrected === null || corrected === query) return { ...exact, plan, didYouMean: null };
    const fuzzy = evaluateQuery(
      resolveEntityFilters(parseSearchQuery(corrected), db),
      context,
      sort,
      want,
      deadline,
    );
    // The problems shown are the typed query's: the corrected one differs only in words.
    return fuzzy.total === 0
      ? { ...exact, plan, didYouMean: null }
      : { ...fuzzy, plan, didYouMean: corrected };
  };
  return Object.assign(answer, { warm: spelling.warm });
}
