import { defaultBitsPerPair } from './pair-filters.ts';

/** FlexSearch options the benchmark compares (docs/benchmarks.md); the defaults are the chosen ones. */
export interface SearchIndexOptions {
  /** Score buckets for the body: 1 keeps one posting list per term (smaller, faster to load). */
  readonly bodyResolution?: number;
  /** Score buckets for title, byline and site. */
  readonly metaResolution?: number;
  /** Keeps a per-id register so `remove` does not scan every posting list (costs memory). */
  readonly fastupdate?: boolean;
  /** Bits per adjacent term pair in each article's pair filter (0: no filters; phrases read every candidate). */
  readonly pairBits?: number;
}

/** The options chosen by measurement (docs/benchmarks.md, "Search at scale"). */
export const defaultIndexOptions: Required<SearchIndexOptions> = {
  bodyResolution: 1,
  metaResolution: 9,
  fastupdate: false,
  pairBits: defaultBitsPerPair,
};
