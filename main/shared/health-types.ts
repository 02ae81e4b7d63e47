/** Where the start-up integrity check of the open library stands. */
export type LibraryHealthState = 'skipped' | 'checking' | 'ok' | 'repaired' | 'damaged';

/** One thing the start-up check found that it did not (or could not safely) repair. */
export interface LibraryHealthProblem {
  readonly kind: 'database' | 'missing-file' | 'tampered-file' | 'orphan-file' | 'temp-file' | 'search-index';
  /** Relative to the library folder, when the problem is one file. */
  readonly path?: string;
  readonly message: string;
}

/** What the background start-up check of the open library found and repaired. */
export interface LibraryHealth {
  /**
   * `skipped`: this process does not run the check (short CLI commands, tests); `checking`: it has
   * not finished yet; `repaired`: it fixed everything it found; `damaged`: something is left.
   */
  readonly state: LibraryHealthState;
  /** ISO 8601, when the check finished; null until then. */
  readonly checkedAt: string | null;
  readonly problems: readonly LibraryHealthProblem[];
  /** One plain sentence per file the check moved aside or removed. */
  readonly repaired: readonly string[];
  /** When damaged: what to do, with the exact commands for this library, one line each; else empty. */
  readonly advice: readonly string[];
}
