// The quality figures of a related-stories ranking over the fixture set in test/fixtures/related.
// Every article of the set is a query; its ranking lists the other articles, best first.
// - precision@3 of a clustered article = relevant among its top 3 / min(3, cluster size − 1)
// - recall@5 of a clustered article = relevant among its top 5 / (cluster size − 1)
//   (relevant = the other articles of its cluster); both are averaged over clustered articles.
// - trap rate = top-3 slots holding a trap partner (an article of a group the manifest pairs with the
//   query's group in `traps`) / (3 × queried articles); empty slots count as clean, and singletons are
//   queried too.
// - singleton false confidence = singletons with at least one suggestion scored ≥ 0.5 / singletons.
// Figures are null when the subset has no article they apply to.

/** One entry of a ranking: a fixture file and the score the ranker gave it. */
export interface RankedFile {
  readonly file: string;
  readonly score: number;
}

/** What the metrics need to know about one queried article. */
export interface QueryTruth {
  readonly file: string;
  /** The other articles of its cluster; empty for a singleton. */
  readonly relevant: ReadonlySet<string>;
  /** Articles of the groups the manifest marks as its traps. */
  readonly trapPartners: ReadonlySet<string>;
  readonly singleton: boolean;
}

/** The score at or above which a suggestion counts as confident. */
export const confidentScore = 0.5;

function hits(ranking: readonly RankedFile[], k: number, wanted: ReadonlySet<string>): number {
  return ranking.slice(0, k).filter((entry) => wanted.has(entry.file)).length;
}

/** Relevant among the top k / min(k, number relevant); null when nothing is relevant. */
export function precisionAt(
  k: number,
  ranking: readonly RankedFile[],
  relevant: ReadonlySet<string>,
): number | null {
  if (relevant.size === 0) return null;
  return hits(ranking, k, relevant) / Math.min(k, relevant.size);
}

/** Relevant among the top k / number relevant; null when nothing is relevant. */
export function recallAt(
  k: number,
  ranking: readonly RankedFile[],
  relevant: ReadonlySet<string>,
): number | null {
  if (relevant.size === 0) return null;
  return hits(ranking, k, relevant) / relevant.size;
}

/** How many of the top k slots hold a trap partner. */
export function trapSlots(
  k: number,
  ranking: readonly RankedFile[],
  trapPartners: ReadonlySet<string>,
): number {
  return hits(ranking, k, trapPartners);
}

/** Whether any suggestion reaches the confident score. */
export function isConfident(ranking: readonly RankedFile[]): boolean {
  return ranking.some((entry) => entry.score >= confidentScore);
}

/** The figures of one ranker over one subset of queries. */
export interface RelatedFigures {
  readonly queries: number;
  readonly precisionAt3: number | null;
  readonly recallAt5: number | null;
  readonly trapRateAt3: number | null;
  readonly singletonFalseConfidence: number | null;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Scores the rankings of a subset of queries (each ranking excludes the query itself). */
export function relatedFigures(
  queries: readonly QueryTruth[],
  rankingOf: (file: string) => readonly RankedFile[],
): RelatedFigures {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let trapped = 0;
  let confidentSingletons = 0;
  let singletons = 0;
  for (const query of queries) {
    const ranking = rankingOf(query.file);
    const precision = precisionAt(3, ranking, query.relevant);
    const recall = recallAt(5, ranking, query.relevant);
    if (precision !== null) precisions.push(precision);
    if (recall !== null) recalls.push(recall);
    trapped += trapSlots(3, ranking, query.trapPartners);
    if (query.singleton) {
      singletons += 1;
      if (isConfident(ranking)) confidentSingletons += 1;
    }
  }
  return {
    queries: queries.length,
    precisionAt3: mean(precisions),
    recallAt5: mean(recalls),
    trapRateAt3: queries.length === 0 ? null : trapped / (3 * queries.length),
    singletonFalseConfidence: singletons === 0 ? null : confidentSingletons / singletons,
  };
}
