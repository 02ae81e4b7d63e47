import type { DatabaseSync } from 'node:sqlite';
import type { RelatedReason } from '../../shared/types.ts';
import { summariesByIds } from '../store/article-repository.ts';
import { linkedByTypes } from '../store/link-repository.ts';
import {
  documentFrequency,
  featuredArticleCount,
  featuresOf,
  postings,
  type FeatureRow,
} from '../store/related-repository.ts';
import { evidencePieces, explainRelation } from './explain-relation.ts';
import { kindOf, rarity, sharedEvidence } from './shared-evidence.ts';
import { liftByThreads, threadNeighbours } from './thread-evidence.ts';

// Candidates come only from inverted lookups on an article's rarer features (never a scan of the
// library); the best of them are then scored on all the evidence the two articles share, and weak
// ones lifted when they and the article are both strongly related to a third (thread-evidence.ts).

/** A scored candidate, before it is turned into an API suggestion. */
export interface ScoredCandidate {
  readonly id: number;
  readonly score: number;
  readonly reasons: readonly RelatedReason[];
}

/** Copies of the article found by URL and by near-identical text. */
export interface Copies {
  readonly sameUrl: readonly number[];
  readonly versions: readonly number[];
}

/**
 * Best first; equal scores (rounded to 0.001, so ties are common) by article id, a key that does not
 * change between calls, so the same library always gives the same order.
 */
export const byScoreThenId = (a: ScoredCandidate, b: ScoredCandidate): number =>
  b.score - a.score || a.id - b.id;

/** Link types saying two articles tell one story: a link of these carries a thread. */
const threadLinkTypes = ['same-story', 'follow-up', 'responds-to'];

/** An article's stored features and published day. */
interface Featured {
  readonly features: readonly FeatureRow[];
  readonly publishedDay: number | null;
}

const unknown: Featured = { features: [], publishedDay: null };

/** How many of the best rough candidates are scored exactly. */
const candidatesToScore = 25;
/** How many of the article's distinctive terms are looked up (entities, figures and dates always are). */
const termsToLookUp = 20;

/** Features carried by more articles than this are too common to look candidates up by. */
function postingsCap(key: string, articles: number): number {
  return kindOf(key) === 't' ? Math.max(50, articles * 0.002) : Math.max(200, articles * 0.02);
}

/** Scores the articles related to `id` (whose features must be current), best first. */
export function scoreRelated(
  db: DatabaseSync,
  id: number,
  excluded: ReadonlySet<number>,
  copies: Copies,
): ScoredCandidate[] {
  const articles = Math.max(1, featuredArticleCount(db));
  const own = featuresOf(db, [id]).get(id) ?? unknown;
  const dfs = new Map(own.features.map((f) => [f.key, documentFrequency(db, f.key)]));
  // Pairs of two candidates (threads) look up the counts of keys the article does not carry, once.
  const df = (key: string): number => {
    const known = dfs.get(key);
    if (known !== undefined) return known;
    const count = documentFrequency(db, key);
    dfs.set(key, count);
    return count;
  };
  const rough = new Map<number, number>();
  const lookUps = [
    ...own.features.filter((f) => kindOf(f.key) !== 't'),
    ...own.features.filter((f) => kindOf(f.key) === 't').slice(0, termsToLookUp),
  ];
  for (const feature of lookUps) {
    const count = dfs.get(feature.key) ?? 0;
    if (count > postingsCap(feature.key, articles)) continue;
    const weight = rarity(count, articles) * (kindOf(feature.key) === 't' ? 0.3 : 1);
    for (const posting of postings(db, feature.key))
      if (posting.article_id !== id)
        rough.set(posting.article_id, (rough.get(posting.article_id) ?? 0) + weight);
  }
  const ranked = [...rough].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([other]) => other);
  const best = [...new Set([...copies.sameUrl, ...copies.versions, ...ranked])]
    .filter((other) => !excluded.has(other))
    .slice(0, candidatesToScore);
  const linked = linkedByTypes(db, id, threadLinkTypes);
  const theirs = featuresOf(db, [...new Set([...best, ...linked])]);
  const scorePair = (a: Featured, b: Featured, sameUrl = false, version = false) => {
    const days =
      a.publishedDay === null || b.publishedDay === null ? null : Math.abs(a.publishedDay - b.publishedDay);
    const evidence = { ...sharedEvidence(a.features, b.features, df, articles), days, sameUrl, version };
    return { ...explainRelation(evidence), pieces: evidencePieces(evidence) };
  };
  const scored = best.map((other) => ({
    id: other,
    ...scorePair(
      own,
      theirs.get(other) ?? unknown,
      copies.sameUrl.includes(other),
      copies.versions.includes(other),
    ),
  }));
  // A candidate linked by hand to a neighbour as the same story is as related to it as can be.
  const linksOf = new Map<number, Set<number>>();
  const threadLinksOf = (other: number): Set<number> => {
    let found = linksOf.get(other);
    if (found === undefined) linksOf.set(other, (found = new Set(linkedByTypes(db, other, threadLinkTypes))));
    return found;
  };
  const keySets = new Map<number, Set<string>>();
  const keysOf = (other: number, them: Featured): Set<string> => {
    let found = keySets.get(other);
    if (found === undefined) keySets.set(other, (found = new Set(them.features.map((f) => f.key))));
    return found;
  };
  const lifted = liftByThreads(
    scored,
    threadNeighbours(
      scored,
      linked.filter((other) => theirs.has(other)),
    ),
    (candidate, neighbour) => {
      if (threadLinksOf(neighbour).has(candidate)) return 1;
      const a = theirs.get(candidate) ?? unknown;
      const b = theirs.get(neighbour) ?? unknown;
      // Two pieces of evidence need two shared keys: most weak pairs are turned away by this count.
      const keys = keysOf(neighbour, b);
      return a.features.filter((f) => keys.has(f.key)).length < 2 ? 0 : scorePair(a, b).score;
    },
    (via) => summariesByIds(db, [via]).get(via)?.title ?? '',
  );
  return lifted.sort(byScoreThenId);
}
