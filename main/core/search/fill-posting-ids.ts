/** Ids filled in per step (each a write to a random place in a large array). */
const idsPerStep = 1 << 17;
/** A 4 KB page of memory holds 2^10 words. */
const pageShift = 10;
/**
 * Pages of the fresh lists first written per step. The kernel maps a page of a fresh array at its
 * first write, ~17 µs each on our two-core VM under load: the first slice of a 100,000-article
 * fill wrote to most of the lists' pages (every list's first id) and held the thread over a second.
 */
const freshPagesPerStep = 256;

/** How much one step of `fillPostingIdsSteps` does (tests make them small). */
export interface FillLimits {
  readonly idsPerStep: number;
  readonly freshPagesPerStep: number;
}

/**
 * Inverts a rebuild's per-article store into the posting lists, in steps: each chunk holds, per
 * article, its id, its number of distinct terms, then their term ids; `fill[termId]` is where the
 * term's next id goes in `words` (advanced as it is written). A step ends after `idsPerStep` ids or
 * after `freshPagesPerStep` pages of `words` not written before, so no step holds the thread long
 * while the lists' fresh memory is mapped in. Each chunk is let go (its slot emptied) once read.
 */
export function* fillPostingIdsSteps(
  chunks: Uint32Array[],
  fill: Uint32Array,
  words: Uint32Array,
  limits: FillLimits = { idsPerStep, freshPagesPerStep },
): Generator<void, void> {
  const written = new Uint8Array((words.length >>> pageShift) + 1);
  // Ids written and fresh pages mapped since the last pause.
  let filled = 0;
  let fresh = 0;
  for (let c = 0; c < chunks.length; c += 1) {
    const chunk = chunks[c] ?? new Uint32Array(0);
    chunks[c] = new Uint32Array(0);
    for (let at = 0; at < chunk.length;) {
      const id = chunk[at] ?? 0;
      const end = at + 2 + (chunk[at + 1] ?? 0);
      // Where this step's count of the article's ids starts (after a pause inside it, past the pause).
      let counted = at + 2;
      for (let t = at + 2; t < end; t += 1) {
        const termId = chunk[t] ?? 0;
        const to = fill[termId] ?? 0;
        words[to] = id;
        fill[termId] = to + 1;
        const page = to >>> pageShift;
        if (written[page] === 1) continue;
        written[page] = 1;
        if (++fresh < limits.freshPagesPerStep) continue;
        fresh = 0;
        filled = 0;
        counted = t + 1;
        yield;
      }
      filled += end - counted;
      at = end;
      if (filled >= limits.idsPerStep) {
        filled = 0;
        fresh = 0;
        yield;
      }
    }
  }
}
