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
