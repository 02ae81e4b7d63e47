/** FlexSearch options the benchmark compares (docs/benchmarks.md); the defaults are the chosen ones. */
export interface SearchIndexOptions {
  /** Score buckets for the body: 1 keeps one posting list per term (smaller, faster to load). */
  readonly bodyResolution?: number;
  /** Score buckets for title, byline and site. */
  readonly metaResolution?: number;
  /** Keeps a per-id register so `remove` does not scan every posting list (costs memory). */
  readonly fastupdate?: boolean;
  /** Keeps a filter of each article's adjacent term pairs (false: phrases read every candidate). */
  readonly pairFilters?: boolean;
  /** Articles sampled before the pair postings choose their common terms (pair-postings.ts; tests use few). */
  readonly pairPostingSample?: number;
}

/** The options chosen by measurement (docs/benchmarks.md, "Search at scale"). */
export const defaultIndexOptions: Required<SearchIndexOptions> = {
  bodyResolution: 1,
  metaResolution: 9,
  fastupdate: false,
  pairFilters: true,
  pairPostingSample: 1000,
};
