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
  /**
   * A time budget (a `performance.now()` value): past it, verification stops before the next
   * candidate whose check would read text, once `minReads` such checks were made in this call (so
   * every call makes progress; answers already known cost nothing and are never cut off).
   */
  readonly deadline?: number;
  /** Whether checking a candidate would read text (its answers are not all known yet). */
  readonly wouldRead?: (candidate: Candidate) => boolean;
  /**
   * False for an article that cannot be a hit (it lacks what every alternative needs): skipped as a
   * failed check, before its alternatives are even built. Used only with the sequence's `idAt`.
   */
  readonly screen?: (id: number) => boolean;
}

/** Checks that read text made per call before the deadline is honoured. */
export const minReads = 16;

/** Where verification stopped: the next rank to check, the hits so far, and what the total extrapolates from. */
export interface VerifyProgress {
  readonly rank: number;
  readonly hits: readonly VerifiedHit[];
  readonly checked: number;
  readonly uncertainChecked: number;
  readonly uncertainPassed: number;
}

/** Verified hits in candidate order, and the total (exact when every uncertain candidate was checked). */
export interface Verified {
  readonly hits: readonly VerifiedHit[];
  readonly total: number;
  readonly totalIsEstimate: boolean;
  /** False when the deadline stopped verification before `want` hits or the end. */
  readonly complete: boolean;
  /** Where it stopped, for a later call to go on from (`verifyInOrder`'s `from`). */
  readonly progress: VerifyProgress;
}

/** Candidates in order, read lazily (ordering 100,000 candidates is the costly part of a query). */
export interface CandidateSequence {
  readonly length: number;
  readonly at: (rank: number) => Candidate | undefined;
  /** How many candidates, in any order, have a phrase to verify (so counting needs no ordering). */
  readonly withPhrases: number;
  /** Just the id at `rank` (no alternatives built), for the options' `screen`. */
  readonly idAt?: (rank: number) => number | undefined;
}

function hasPhrases(candidate: Candidate): boolean {
  return (candidate.alternatives[0]?.phrases.length ?? 0) > 0;
}

/** A plain list as a sequence. */
function sequenceOf(ordered: readonly Candidate[]): CandidateSequence {
  return {
    length: ordered.length,
    at: (rank) => ordered[rank],
    withPhrases: ordered.filter(hasPhrases).length,
  };
}

/**
 * Verifies candidates in order and stops once `want` hits held: reading stored text is the costly
 * part, and only a page of hits is shown. Candidates left unchecked that need no text are counted
 * as they are; the uncertain rest is extrapolated from the pass rate seen so far.
 */
export function verifyInOrder(
  candidates: readonly Candidate[] | CandidateSequence,
  options: VerifyOptions,
  from?: VerifyProgress,
): Verified {
  const sequence = Array.isArray(candidates) ? sequenceOf(candidates) : (candidates as CandidateSequence);
  // With an excluded phrase every candidate must be read; otherwise only those with phrases.
  const uncertainTotal = options.excluded !== null ? sequence.length : sequence.withPhrases;
  const hits: VerifiedHit[] = [...(from?.hits ?? [])];
  let checked = from?.checked ?? 0;
  let uncertainChecked = from?.uncertainChecked ?? 0;
  let uncertainPassed = from?.uncertainPassed ?? 0;
  let reads = 0;
  let complete = true;
  let rank = from?.rank ?? 0;
  const { screen } = options;
  const idAt = screen === undefined ? undefined : sequence.idAt;
  for (; rank < sequence.length && hits.length < options.want; rank += 1) {
    if (idAt !== undefined && screen !== undefined) {
      // Most candidates of a phrase of common words end here, at a few bit tests each.
      const id = idAt(rank);
      if (id === undefined) break;
      if (!screen(id)) {
        checked += 1;
        uncertainChecked += 1;
        continue;
      }
    }
    const candidate = sequence.at(rank);
    if (candidate === undefined) break;
    if (options.deadline !== undefined && options.wouldRead?.(candidate) === true) {
      if (reads >= minReads && performance.now() > options.deadline) {
        complete = false;
        break;
      }
      reads += 1;
    }
    checked += 1;
    const uncertain = options.excluded !== null || hasPhrases(candidate);
    if (uncertain) uncertainChecked += 1;
    if (options.excluded?.(candidate.id) === true) continue;
    const alternative = candidate.alternatives.find((a) =>
      a.phrases.every((p) => options.hasPhrase(candidate.id, p)),
    );
    if (alternative === undefined) continue;
    if (uncertain) uncertainPassed += 1;
    hits.push({ id: candidate.id, score: alternative.score, alternative });
  }
  const uncertainLeft = uncertainTotal - uncertainChecked;
  const certainLeft = sequence.length - checked - uncertainLeft;
  const rate = uncertainChecked === 0 ? 1 : uncertainPassed / uncertainChecked;
  return {
    hits,
    total: hits.length + certainLeft + Math.round(uncertainLeft * rate),
    totalIsEstimate: uncertainLeft > 0,
    complete,
    progress: { rank, hits, checked, uncertainChecked, uncertainPassed },
  };
}
