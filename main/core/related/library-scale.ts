import type { TermCountWatch } from '../store/term-count-watch.ts';

// Round 50: how large the library is, as the rarity of its names and words reads it. Every weight
// compares a key's document count with the library's size (log N / df), and many rules compare those
// weights with fixed bars (a piece at 0.5, a nearly unique name at 0.9): with the exact size, each set
// of a few new articles moved some counts across a bar (a name in 40 of 788 articles weighs 0.499, in
// 40 of 806 0.501) and so changed suggestions between articles the new ones share nothing with. The
// size is read to the nearest half-octave instead (…, 512, 724, 1024, 1448, …): a library growing by
// a few dozen articles keeps every bar where it was, and the bars move together, once, when it grows
// by about two fifths. Between two steps, only the counts of the keys new articles carry change.

/** How many half-octave steps the library's size is read in per doubling. */
const stepsPerDoubling = 2;

/** The last size asked about and its scale: a scoring pass asks about one size thousands of times. */
let lastArticles = 1;
let lastScale = 1;

/** The library's size on the half-octave scale nearest to `articles` (at least 1). */
export function libraryScale(articles: number): number {
  if (!(articles > 1)) return 1;
  if (articles !== lastArticles) {
    lastScale = 2 ** (Math.round(stepsPerDoubling * Math.log2(articles)) / stepsPerDoubling);
    lastArticles = articles;
  }
  return lastScale;
}

// Round 53: the step is still a jump. Read at the next step (1024 for 878 articles), the piece bar
// (rarity 0.5, df <= sqrt(2N)) moves from 38 articles to 45 at once, every word carried by 39 to 45
// articles starts to count by its episode share, and 13 of the bench's 47 sets (and both cluster
// groups) moved their p@3 or traps (all 0.655 -> 0.643) with no count changed. Whether sharing a
// name says "the same story" hangs on how many articles carry it against how many one story has (a
// handful), not on how many other stories the library holds: past a size where counts are informative, a name in 40 articles is as
// common in a library of 900 as in one of 9,000. So rarity reads the library's size up to
// `countedRarityScale` and its counts alone beyond it: growth moves no bar, only the counts of the
// keys new articles carry. Round 54: term weights (idf, read once when an article's features are
// computed) read the same capped size (article-features.ts): at 878 articles they read 1024, the
// bench's run without its last set read 724, and the step alone moved sets between the two.

/** The largest library size rarity is read against: 2^9.5, about 724 (a piece is then df <= 38). */
export const countedRarityScale = 2 ** 9.5;

/** The library's size as rarity and term weights read it: its half-octave step, at most `countedRarityScale`. */
export function rarityScale(articles: number): number {
  return Math.min(libraryScale(articles), countedRarityScale);
}

// Issue 6: an article keeps the terms it had the most distinctive and their weights, read with the
// document counts of the moment its features were computed (article-features.ts), so a library built
// one import at a time held other features than the same articles imported in another order. Each
// article's features now carry the step of the library's size they were computed at, on a scale of
// quarter-octaves (each step 1.19 times the last), and when the library has grown past the next step,
// those computed at a smaller one are recomputed in the background (features-catch-up.ts). Half-octave
// steps (the scale idf reads) left the bench's library built one import at a time with traps 0.096
// against 0.090 settled; quarter-octaves, 0.092 (docs/benchmarks.md). Growing to a step costs one
// recompute of the articles there: about 1 / (1 - 2^-0.25) = 6.3 times the library's size over its
// whole growth. Past `lastRefreshStep` nothing is recomputed: at 100,000 articles a recompute of
// every article would write ~90 GB of WAL (0.9 MB each, docs/benchmarks.md). Past it only the counts
// of the words drift (the size term weights read stopped at `countedRarityScale`, 2.5 octaves lower),
// and an article computed in a library of 4,096 read its words' counts against thousands of documents.

/** Steps of the library's size per doubling, for recomputing features. */
const refreshStepsPerDoubling = 4;

/** The last step at which articles computed at a smaller one are recomputed: 2^12 = 4,096 (from 3,757 articles). */
export const lastRefreshStep = 12 * refreshStepsPerDoubling;

/**
 * The step an article's features computed in a library of `articles` are stored with: the quarter-
 * octave nearest to its size (0 for 1 or none), at most `lastRefreshStep`.
 */
export function refreshStep(articles: number): number {
  const step = articles > 1 ? Math.round(refreshStepsPerDoubling * Math.log2(articles)) : 0;
  return Math.min(step, lastRefreshStep);
}

// Issue 6, past the cap: an article keeps its terms and their weights as read with the document counts
// of its moment, and past `lastRefreshStep` only those counts drift: the first pages of a new story
// read its words as rare (with 4,000 pages before them, traps in the bench's top 3 0.114 against 0.089
// settled). So the count of each term is read in quarter-octave steps too: when a count crosses one,
// the articles that keep the term are recomputed in the background (features-catch-up.ts). Only the
// articles that keep it: a term whose count grows only loses weight, so it can leave an article's
// kept terms but never enter them.

/** The quarter-octave step of a term's document count (0 for 1). */
function countStep(df: number): number {
  return Math.round(refreshStepsPerDoubling * Math.log2(df));
}

// The bound: counts above `lastWatchedCount` are not watched. A word's count crosses a step about once
// every 0.19 × its count new articles, and each crossing recomputes every article keeping it: in the
// growth bench (5,000 synthetic articles, then 1,000 more one at a time) the words in 65 to 724 articles
// are kept by ~110 articles each, and watching them left 3,875 words waiting on 5,998 articles, every
// article of the library, after 1,000 imports (docs/benchmarks.md). A story's own words, the ones
// the first pages of a story read as rare, are in a few to a few dozen articles.

/** The largest document count watched for steps (counts above it are read as they were). */
export const lastWatchedCount = 64;

/**
 * Whether a term's document count moving from `before` to `after` moves the weight the articles
 * keeping it read by a step that is watched: false when no other article carries it (either count 0)
 * or either count is above `lastWatchedCount`.
 */
export function movesTermWeight(before: number, after: number): boolean {
  if (before < 1 || after < 1 || Math.max(before, after) > lastWatchedCount) return false;
  return countStep(before) !== countStep(after);
}

/** Whether the library, of `articles` articles, is past the last step at which every article is recomputed. */
export function isPastLastRefreshStep(articles: number): boolean {
  return refreshStep(articles) >= lastRefreshStep;
}

/**
 * The term counts the store records as they change (store/related-repository.ts): past the last step,
 * a count crossing a watched step. Given to the store by this layer, which owns the policy.
 */
export const termCountWatch: TermCountWatch = {
  watches: isPastLastRefreshStep,
  moves: movesTermWeight,
  lastWatchedCount,
};
