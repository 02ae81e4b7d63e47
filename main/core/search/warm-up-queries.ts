import type { Logger } from '../logger.ts';
import type { SearchIndex } from './search-index.ts';

/** From this many articles, the query paths are run ahead so a user's first queries are not their slowest. */
export const warmUpArticles = 5_000;

/** Answers a query and drops the answer (a page of the results list, as the search box asks). */
type Search = (query: string, limit: number) => unknown;

const page = 20;

/**
 * Answers a common (not the commonest) word of the library, and a prefix of it: the first queries
 * of a process ran 2–3× slower than later ones (code not yet optimized, statements not yet
 * prepared), which made the p95 of a 100k library. Part of the open (~0.1–0.2 s at 100k).
 */
export function warmUpAtOpen(search: Search, index: SearchIndex): void {
  const common = index.vocabulary.expand('', 64).at(-1);
  if (common === undefined) return;
  search(`${common} `, page);
  search(common.slice(0, 3), page);
}

/**
 * Once the idle preparation is over: two words with the last still typed, an exact phrase, a date
 * filter and a misspelled word, whose paths (words found side by side, phrase checks, filter rows,
 * the typo suggester) the open did not run, so the first such query typed is not its kind's slowest.
 */
export function warmUpOtherPaths(search: Search, index: SearchIndex): void {
  const common = index.vocabulary.expand('', 64);
  const [first, second] = common.slice(-2);
  if (first === undefined || second === undefined) return;
  search(`${second} ${first.slice(0, 3)}`, page);
  search(`"${first} ${second}"`, page);
  search(`${first} after:2000`, page);
  const long = common.find((term) => term.length >= 6 && /^\p{L}+$/u.test(term));
  // The first two letters swapped: most often no word, so the suggester corrects it.
  if (long !== undefined) search(`${long.charAt(1)}${long.charAt(0)}${long.slice(2)} `, page);
}

/** How long after opening the idle preparation starts (filter rows read into memory, in slices). */
const prepareDelayMs = 250;

/**
 * The work done ahead at idle once a library is open and its index complete: ~1 s of reading and
 * ~0.4 s of building at 100k articles (filter rows, typo suggester), in slices between events, rather
 * than on the first filter or misspelled query. Nothing is done if the library is closed or its index
 * not `usable` by then; a failure is only logged (the first query that needs the work does it).
 */
export function prepareAhead(options: {
  readonly usable: () => boolean;
  readonly steps: readonly (() => Promise<void>)[];
  readonly then: () => void;
  readonly logger: Logger;
}): Promise<void> {
  const run = async (): Promise<void> => {
    try {
      if (!options.usable()) return;
      for (const step of options.steps) await step();
      options.then();
    } catch (error) {
      options.logger.warn('Could not prepare search ahead', { error: String(error) });
    }
  };
  return new Promise<void>((resolve) => {
    setTimeout(() => void run().finally(resolve), prepareDelayMs).unref();
  });
}
