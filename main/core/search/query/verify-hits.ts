/** One AND-group an article was found by: its score (phrase bonus included) and what must still be verified. */
export interface Alternative {
  readonly score: number;
  /** Phrases of the group, to be found adjacent in the stored text. */
  readonly phrases: readonly string[];
  /** The group's plain words joined, checked for adjacency among the best hits; null for fewer than two. */
  readonly adjacent: string | null;
}

/** A candidate hit: its best possible score, and its alternatives best first. */
export interface Candidate {
  readonly id: number;
  readonly score: number;
  readonly alternatives: readonly Alternative[];
}

/** A verified hit, with the alternative that held. */
export interface VerifiedHit {
  readonly id: number;
  readonly score: number;
  readonly alternative: Alternative;
}

/** What verification needs: how many hits are wanted, and the text checks. */
export interface VerifyOptions {
  readonly want: number;
  /** Whether an excluded phrase group matches the article; null when the query excludes no phrase. */
  readonly excluded: ((id: number) => boolean) | null;
  readonly hasPhrase: (id: number, phrase: string) => boolean;
}

/** Verified hits in candidate order, and the total (exact when every uncertain candidate was checked). */
export interface Verified {
  readonly hits: readonly VerifiedHit[];
  readonly total: number;
  readonly totalIsEstimate: boolean;
}

function needsText(candidate: Candidate, options: VerifyOptions): boolean {
  return options.excluded !== null || (candidate.alternatives[0]?.phrases.length ?? 0) > 0;
}

/**
 * Verifies candidates in order and stops once `want` hits held: reading and folding stored text is
 * the costly part, and only a page of hits is shown. Candidates left unchecked that need no text
 * are counted as they are; the uncertain rest is extrapolated from the pass rate seen so far.
 */
export function verifyInOrder(ordered: readonly Candidate[], options: VerifyOptions): Verified {
  const hits: VerifiedHit[] = [];
  let checked = 0;
  let uncertainChecked = 0;
  let uncertainPassed = 0;
  for (const candidate of ordered) {
    if (hits.length >= options.want) break;
    checked += 1;
    const uncertain = needsText(candidate, options);
    if (uncertain) uncertainChecked += 1;
    if (options.excluded?.(candidate.id) === true) continue;
    const alternative = candidate.alternatives.find((a) =>
      a.phrases.every((p) => options.hasPhrase(candidate.id, p)),
    );
    if (alternative === undefined) continue;
    if (uncertain) uncertainPassed += 1;
    hits.push({ id: candidate.id, score: alternative.score, alternative });
  }
  let certainLeft = 0;
  let uncertainLeft = 0;
  for (let i = checked; i < ordered.length; i += 1) {
    const candidate = ordered[i];
    if (candidate !== undefined && needsText(candidate, options)) uncertainLeft += 1;
    else certainLeft += 1;
  }
  const rate = uncertainChecked === 0 ? 1 : uncertainPassed / uncertainChecked;
  return {
    hits,
    total: hits.length + certainLeft + Math.round(uncertainLeft * rate),
    totalIsEstimate: uncertainLeft > 0,
  };
}
