import { toArticleId } from '../../shared/ids.ts';
import type { RelatedReason } from '../../shared/types.ts';
import { cappedScore, type Evidence } from './explain-relation.ts';

// A story cluster is close to a clique: a follow-up that shares only one thing with an article (the
// same town, the same court) is usually confidently related to the article's other partners. A trap
// shares one thing and has no such common neighbour. So a weak candidate X of an article A is lifted
// when X and A are both strongly related to the same third article N, or A is linked by hand to N as
// the same story. Only A's own candidates and a few neighbours are compared: the work stays bounded.
// A thread vouches for a story, not for a cast (round 14): X is not lifted when its own texts with A
// were judged another story, nor when all it shares with A is the scene (well-known places, a kind of
// story's words). A trap sharing the city and the regulator with N shares no more than that with A.

/** A candidate as scored on the evidence it shares with the article. */
export interface ThreadCandidate {
  readonly id: number;
  readonly score: number;
  readonly reasons: readonly RelatedReason[];
  /** Independent pieces of evidence it shares with the article (evidencePieces). */
  readonly pieces: number;
  /** Judged another story on the pair's own evidence (cast-without-story.ts): no thread overrides that. */
  readonly otherStory?: boolean;
  /** Shares something specific to a story with the article (sharesSpecific); false: only the scene. */
  readonly specific?: boolean;
}

/** A third article both may be related to, and how strongly the article is related to it. */
export interface ThreadNeighbour {
  readonly id: number;
  /** The article's score with it; 1 for a link made by hand. */
  readonly strength: number;
}

/** The score both pairs need with a common neighbour for it to carry a thread. */
export const threadStrength = 0.7;
/** A thread is as strong as its weaker pair, less a share: it is second-hand evidence. */
const threadShare = 0.8;
/**
 * A shared name, figure or date counted as a piece on its own weight (explain-relation.ts) is a
 * story's own; a well-known place counts half and reaches it only when almost no one else names it.
 */
const specificWeight = 0.5;
/** A shared word needs more (its weight is its rarity squared): one that almost only the pair uses. */
const specificWordWeight = 0.9;

/**
 * An institution (a regulator, prosecutors, an agency) is who acted, not what happened: it acts in many
 * matters, and in a small library it is as rare as a story's own name (round 16).
 */
const isInstitution = (e: Evidence['entities'][number]): boolean => e.institution === true;

/**
 * Whether two articles share something specific to a story: a rare name (a person, a company, a small
 * town; not an institution, which is who acted), a rare figure or date (not a span of time), or a very rare word. Well-known places and common
 * words are a scene and a kind of story that a neighbouring story shares as much.
 */
export function sharesSpecific(evidence: Pick<Evidence, 'entities' | 'numbers' | 'terms'>): boolean {
  return (
    evidence.entities.some((e) => e.weight >= specificWeight && !isInstitution(e)) ||
    evidence.numbers.some((n) => n.weight >= specificWeight && n.span !== true) ||
    (evidence.terms ?? []).some((t) => t.weight >= specificWordWeight)
  );
}

/** Neighbours compared with each weak candidate, at most. */
const maxNeighbours = 5;
/** Weak candidates examined, at most, in the order given (so at most 10 × 5 pair scores). */
const maxExamined = 10;

/** The neighbours strong enough to carry a thread: the article's confident candidates, and `linked`. */
export function threadNeighbours(
  scored: readonly ThreadCandidate[],
  linked: readonly number[],
): ThreadNeighbour[] {
  const byId = new Map<number, number>(linked.map((id) => [id, 1]));
  for (const c of scored) if (c.score >= threadStrength && !byId.has(c.id)) byId.set(c.id, c.score);
  return [...byId]
    .map(([id, strength]) => ({ id, strength }))
    .sort((a, b) => b.strength - a.strength || a.id - b.id)
    .slice(0, maxNeighbours);
}

/**
 * The candidates (best rough evidence first), each weak one that shares some evidence with the article (a piece, or enough to
 * reach the single-piece cap) lifted
 * to its best thread (with a "thread" reason first) when that beats its own score.
 */
export function liftByThreads<C extends ThreadCandidate>(
  scored: readonly C[],
  neighbours: readonly ThreadNeighbour[],
  pairScore: (a: number, b: number) => number,
  titleOf: (id: number) => string,
): C[] {
  let examined = 0;
  return scored.map((candidate) => {
    const someEvidence = candidate.pieces >= 1 || candidate.score >= cappedScore;
    if (!someEvidence || candidate.score >= threadShare || neighbours.length === 0) return candidate;
    // Second-hand evidence does not outweigh first-hand: the pair's own texts told another story.
    if (candidate.otherStory === true) return candidate;
    // A thread vouches for the story, not the scene: the candidate must share something of its own
    // with the article, or a trap sharing a city with one member is lifted into the others' lists.
    if (candidate.specific === false) return candidate;
    if (examined >= maxExamined) return candidate;
    examined += 1;
    let best: { score: number; via: number } | null = null;
    for (const neighbour of neighbours) {
      if (neighbour.id === candidate.id) continue;
      const ceiling = threadShare * neighbour.strength;
      if (ceiling <= Math.max(candidate.score, best?.score ?? 0)) continue;
      const theirs = pairScore(candidate.id, neighbour.id);
      if (theirs < threadStrength) continue;
      const score = threadShare * Math.min(neighbour.strength, theirs);
      if (score > Math.max(candidate.score, best?.score ?? 0)) best = { score, via: neighbour.id };
    }
    if (best === null) return candidate;
    const via = { id: toArticleId(best.via), title: titleOf(best.via) };
    return {
      ...candidate,
      score: Math.round(best.score * 1000) / 1000,
      reasons: [{ kind: 'thread', via }, ...candidate.reasons],
    };
  });
}
