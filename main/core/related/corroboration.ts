// A story told in several articles is close to a clique: the follow-up and the analysis are related to
// each other as well as to the first report. A trap sharing who or where (the same minister, the same
// heritage office and city) but not what is related to the article alone, and a singleton's look-alike
// has no other partner at all. So a confident score (≥ 0.5) must be backed: by a shared rare figure or
// date (what happened), by a copy, or by one of the article's other candidates the candidate is itself
// related to. An unbacked candidate keeps its rank among the unbacked but drops under the confident line.
// A backer must share something of the story with the article (round 14): a cluster's member that
// shares only the city and a kind of story with a trap does not make the cluster vouch for it.
// Two rare full names of people and an organisation shared within days back a pair too (round 18), as
// two full names matched across scripts with a nearly unique name do (round 29, cross-script-cast.ts).

/** A scored candidate as corroboration sees it. */
export interface CorroborationCandidate {
  readonly id: number;
  readonly score: number;
  /** Shared rare figures or dates counted as pieces (figurePieces): evidence of what happened. */
  readonly figures: number;
  /** The same URL or near-identical text: a copy needs no corroboration. */
  readonly copy: boolean;
  /** Shares the story's named cast within days (named-cast-backing.ts, rare-person-and-place.ts). */
  readonly namedCast?: boolean;
  /** The third article it was lifted through (thread-evidence.ts), if any: backed when that one is. */
  readonly via: number | null;
}

/** The confident line. */
export const confidentScore = 0.5;
/** The article's score with another candidate for that one to corroborate (it is shown). */
const corroboratorScore = 0.1;
/** The candidate's own score with a corroborator: a confident relation of its own. */
const corroborationScore = 0.5;
/** Other candidates a confident one is compared with, at most (bounded pair scores). */
const maxCorroborators = 5;
/** Unbacked scores above this are compressed into [this, 0.49]: order kept, none confident. */
const heldFrom = 0.4;
const heldSlope = 0.15;

/** Where an unbacked score goes: itself below 0.4, else compressed under the confident line. */
export function heldScore(score: number): number {
  if (score <= heldFrom) return score;
  return Math.round(1000 * (heldFrom + (score - heldFrom) * heldSlope)) / 1000;
}

/**
 * The candidates, each confident one that no figure, copy or other candidate backs held under the
 * confident line; one lifted through a third article is held when that article is. Corroborators are
 * judged on their own evidence (`own`: the scores before threads), so a trap cannot vouch for a
 * candidate lifted through the trap itself. `pairScore(a, b)` scores two candidates with each other.
 */
export function holdUncorroborated<C extends CorroborationCandidate>(
  scored: readonly C[],
  own: readonly { id: number; score: number; specific?: boolean }[],
  pairScore: (a: number, b: number) => number,
): C[] {
  // A backer vouches for the article's story only if it shares something of that story with the
  // article (sharesSpecific, thread-evidence.ts): one sharing the city and a kind of story does not.
  const corroborators = own
    .filter((c) => c.score >= corroboratorScore && c.specific !== false)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, maxCorroborators + 1);
  const backed = (c: C): boolean =>
    c.copy ||
    c.figures > 0 ||
    c.namedCast === true ||
    corroborators.some((other) => other.id !== c.id && pairScore(c.id, other.id) >= corroborationScore);
  const held = new Set<number>();
  for (const c of scored) if (c.via === null && c.score >= confidentScore && !backed(c)) held.add(c.id);
  for (const c of scored) if (c.via !== null && c.score >= confidentScore && held.has(c.via)) held.add(c.id);
  return scored.map((c) => (held.has(c.id) ? { ...c, score: heldScore(c.score) } : c));
}
