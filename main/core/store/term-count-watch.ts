/**
 * Which changes of term counts are recorded for recomputing the articles keeping the term (issue 6).
 * The related layer decides (related/library-scale.ts) and passes it in: the store knows no policy.
 */
export interface TermCountWatch {
  /** Whether any term count is watched in a library of `articles` articles with features. */
  readonly watches: (articles: number) => boolean;
  /** Whether a watched term's count moving from `before` to `after` is recorded. */
  readonly moves: (before: number, after: number) => boolean;
  /** The largest count `moves` reads: it is false whenever either count is larger. */
  readonly lastWatchedCount: number;
}

/** A watch that records nothing (a library the related layer does not watch, e.g. below its last step). */
export const noTermCountWatch: TermCountWatch = {
  watches: () => false,
  moves: () => false,
  lastWatchedCount: 0,
};
