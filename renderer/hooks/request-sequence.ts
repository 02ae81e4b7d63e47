/** Numbers requests as they start, so that an answer is applied only while no newer request has started. */
export interface RequestSequence {
  /** Starts a request and returns its number. */
  readonly start: () => number;
  /** Whether the request numbered `n` is still the newest one. */
  readonly isLatest: (n: number) => boolean;
  /** Makes every request started so far stale (e.g. when the article changes). */
  readonly supersede: () => void;
}

/** A fresh request sequence (one per hook instance, kept in a ref). */
export function requestSequence(): RequestSequence {
  let latest = 0;
  return {
    start: () => ++latest,
    isLatest: (n) => n === latest,
    supersede: () => {
      latest++;
    },
  };
}
