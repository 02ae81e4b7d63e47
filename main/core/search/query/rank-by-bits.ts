import { fieldWeights } from '../search-fields.ts';
import { DescendingKeys, keyId } from './descending-keys.ts';
import { addIds, countIds, DescendingIds, intersectInto, type DerivedBits } from './id-bits.ts';
import { prefixCompletionFactor, type PostingSource, type TermSpec } from './match-group.ts';
import { addSpecScores, keyScores, metaHits, metaScores } from './meta-hit-scores.ts';
import type { ScoreBoard } from './score-board.ts';
import { specLists, type SpecLists } from './spec-lists.ts';

/** One hit of a ranking. */
export interface RankedHit {
  readonly id: number;
  readonly score: number;
}

/** The hits of one AND-group in rank order, read only as far as they are needed. */
export interface RankedHits {
  readonly length: number;
  /** The hit at `rank` (0 = best), or undefined past the end. */
  readonly at: (rank: number) => RankedHit | undefined;
  /** Just the id at `rank`, with no hit made: a phrase screen walks thousands of ranks this way. */
  readonly idAt?: (rank: number) => number | undefined;
}

/**
 * A hit in a title, byline or site name scores at least 80 % of its field's weight (times 0.8 for a
 * prefix completion), which is more than a body hit's flat weight: so every article found only in
 * bodies ranks below every article found in a meta field, and body-only articles differ only by
 * their ids (newest first). That is what lets the ranking below skip scoring them one by one.
 */
const metaOutranksBody =
  Math.min(fieldWeights.title, fieldWeights.byline, fieldWeights.siteName) * 0.8 * prefixCompletionFactor >
  fieldWeights.body;

const none: RankedHits = { length: 0, at: () => undefined };

/** What a ranking by bits needs from the caller. */
export interface BitRankingInput {
  readonly specs: readonly TermSpec[];
  readonly source: PostingSource;
  readonly board: ScoreBoard;
  /** Filters and exclusions: whether an article stays (null keeps all). */
  readonly keep: ((id: number) => boolean) | null;
  /** Added to every score (the group's phrase bonus). */
  readonly bonus: number;
}

/**
 * Ranks the articles having every term of an AND-group exactly as `matchGroup` + sorting by score
 * then newest would, without touching each hit more than once: the match is an intersection of
 * bit sets, only articles with a hit in a meta field (title, byline, site) are scored, and the
 * body-only rest is read newest first from the bits, as far as the page needs. Null when the
 * group's scores do not have that shape (the caller then scores every hit).
 */
export function rankByBits(input: BitRankingInput): RankedHits | null {
  if (!metaOutranksBody) return null;
  const perSpec: SpecLists[] = [];
  for (const spec of input.specs) {
    const lists = specLists(spec, input.source);
    if (lists === null) return null;
    perSpec.push(lists);
  }
  if (perSpec.length === 0) return null;
  if (perSpec.some((s) => s.size === 0)) return none;
  // Rarest first, as matchGroup sums them (the same order gives the same floating-point scores).
  perSpec.sort((a, b) => a.size - b.size);
  if (perSpec.filter((s) => s.lowFactor !== null).length > 1) return null;
  for (;;) {
    const ranked = rankWithin(perSpec, input, input.board.idCapacity);
    if (typeof ranked !== 'number') return ranked;
    // An id beyond the sets' room (a new article): grow them once and start again.
    input.board.idCapacity = Math.max(ranked + 1, input.board.idCapacity * 2);
  }
}

/** The ranking with room for `capacity` ids, or the largest id that did not fit. */
function rankWithin(
  perSpec: readonly SpecLists[],
  input: BitRankingInput,
  capacity: number,
): RankedHits | number {
  const { board, keep, bonus } = input;
  const words = Math.ceil(capacity / 32);
  // The bit sets hold whole words: every id they hold needs a score slot too, up to the last bit.
  const room = words * 32;
  const match = board.bits('rank-match', words);
  const exact = board.bits('rank-exact', words);
  const matched = matchBits(perSpec, board.bits('rank-union', words), match, exact);
  if (matched !== true) return matched;
  const mixed = perSpec.find((s) => s.lowFactor !== null) ?? null;

  // The loops live in small functions: optimized on their own, not as one large function that
  // was compiled mid-loop and thrown back to the interpreter at its first unseen line.
  const { metaIds, metaBits } = metaHits(perSpec, match, board, words);
  board.fit(room - 1);
  for (const [k, spec] of perSpec.entries())
    addSpecScores(k === 0, spec, metaIds, board, metaScores(spec, match, board), exact);
  const scoreOf = board.scratch('rank-scores', room);
  const keys = board.scratch('rank-keys', metaIds.length);
  const kept = keyScores(metaIds, board.total, { keep, bonus, scoreOf, keys });
  const metaRanked = new DescendingKeys(keys.subarray(0, kept));

  // Body-only articles: the tier of those with the best-factor term, then the others; newest first in each.
  const tierScore = (low: boolean): number => {
    let sum = 0;
    for (const [k, spec] of perSpec.entries()) {
      const factor = low && spec === mixed ? (spec.lowFactor ?? spec.topFactor) : spec.topFactor;
      sum = (k === 0 ? 0 : sum) + fieldWeights.body * factor;
    }
    return sum + bonus;
  };
  const bodyOnly = (within: Int32Array | null, invert: boolean): DerivedBits => ({
    include: match,
    exclude: metaBits,
    within,
    invert,
  });
  const tiers =
    mixed === null
      ? [{ bits: bodyOnly(null, false), score: tierScore(false) }]
      : [
          { bits: bodyOnly(exact, false), score: tierScore(false) },
          { bits: bodyOnly(exact, true), score: tierScore(true) },
        ];
  const counted = tiers.reduce((sum, t) => sum + countIds(t.bits, keep), 0);
  const body = new BodyWalk(tiers, keep);
  const metaIdAt = (rank: number): number | undefined => {
    const key = metaRanked.at(rank);
    return key === undefined ? undefined : keyId(key);
  };
  return {
    length: kept + counted,
    at: (rank) => {
      if (rank >= kept) return body.at(rank - kept);
      const id = metaIdAt(rank);
      return id === undefined ? undefined : { id, score: scoreOf[id] ?? 0 };
    },
    idAt: (rank) => (rank >= kept ? body.idAt(rank - kept) : metaIdAt(rank)),
  };
}

/**
 * The articles having every term, in `match`, and those with a best-factor body term of the mixed
 * spec in `exact`; `union` is scratch. True when some article matches, `none` when none does, or the
 * largest id that did not fit.
 */
function matchBits(
  perSpec: readonly SpecLists[],
  union: Int32Array,
  match: Int32Array,
  exact: Int32Array,
): true | RankedHits | number {
  for (const [k, spec] of perSpec.entries()) {
    const into = k === 0 ? match : union;
    if (k > 0) into.fill(0);
    const overflow = specBits(spec, into, exact);
    if (overflow >= 0) return overflow;
    if (k > 0 && !intersectInto(match, union)) return none;
  }
  return true;
}

/**
 * Puts a spec's articles in `into` (cleared) and, for the mixed spec, those with a best-factor body
 * term in `exact` (cleared); a prefix's bits are taken from, or kept in, its cache entry when its
 * lists hold more ids than the bits have words. Returns the largest id that did not fit, or -1.
 */
function specBits(spec: SpecLists, into: Int32Array, exact: Int32Array): number {
  const kept = spec.cached?.bits ?? null;
  if (kept !== null && kept.words === into.length) {
    into.set(kept.all);
    if (kept.exact !== null) exact.set(kept.exact);
    return -1;
  }
  let overflow = -1;
  for (const { buckets } of spec.all)
    for (const bucket of buckets)
      if (bucket !== undefined) overflow = Math.max(overflow, addIds(into, bucket));
  if (spec.lowFactor !== null)
    for (const { buckets, factor } of spec.body)
      if (factor === spec.topFactor)
        for (const bucket of buckets) if (bucket !== undefined) addIds(exact, bucket);
  if (overflow < 0 && spec.cached !== null && spec.size > into.length) {
    spec.cached.bits = {
      words: into.length,
      all: into.slice(),
      exact: spec.lowFactor !== null ? exact.slice() : null,
    };
  }
  return overflow;
}

/**
 * Reads body-only hits tier after tier, newest first in each, as far as asked. The ids read so far
 * are kept in a typed array, not as hit objects: a rare phrase of common words walks tens of
 * thousands of them, and objects kept that long were copied by every young-generation collection.
 */
class BodyWalk {
  readonly #tiers: readonly { readonly bits: DerivedBits; readonly score: number }[];
  readonly #keep: ((id: number) => boolean) | null;
  #ids = new Int32Array(256);
  #count = 0;
  /** How many ids the tiers before the current one gave, one entry per finished tier. */
  readonly #tierEnds: number[] = [];
  #walker: DescendingIds | null = null;

  constructor(
    tiers: readonly { readonly bits: DerivedBits; readonly score: number }[],
    keep: ((id: number) => boolean) | null,
  ) {
    this.#tiers = tiers;
    this.#keep = keep;
  }

  idAt(rank: number): number | undefined {
    return this.#reach(rank) ? this.#ids[rank] : undefined;
  }

  at(rank: number): RankedHit | undefined {
    if (!this.#reach(rank)) return undefined;
    let tier = 0;
    while (rank >= (this.#tierEnds[tier] ?? Infinity)) tier += 1;
    return { id: this.#ids[rank] ?? 0, score: this.#tiers[tier]?.score ?? 0 };
  }

  /** Reads on until `rank` is read; false when the tiers end first. */
  #reach(rank: number): boolean {
    while (this.#count <= rank) {
      const current = this.#tiers[this.#tierEnds.length];
      if (current === undefined) return false;
      this.#walker ??= new DescendingIds(current.bits, this.#keep);
      const id = this.#walker.next();
      if (id < 0) {
        this.#tierEnds.push(this.#count);
        this.#walker = null;
        continue;
      }
      if (this.#count === this.#ids.length) {
        const grown = new Int32Array(this.#ids.length * 2);
        grown.set(this.#ids);
        this.#ids = grown;
      }
      this.#ids[this.#count] = id;
      this.#count += 1;
    }
    return true;
  }
}
