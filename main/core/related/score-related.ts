import type { DatabaseSync } from 'node:sqlite';
import type { RelatedReason } from '../../shared/types.ts';
import {
  documentFrequency,
  featuredArticleCount,
  featuresOf,
  postings,
} from '../store/related-repository.ts';
import { explainRelation } from './explain-relation.ts';
import { kindOf, rarity, sharedEvidence } from './shared-evidence.ts';

// Candidates come only from inverted lookups on an article's rarer features (never a scan of the
// library); the best of them are then scored on all the evidence the two articles share.

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
  const own = featuresOf(db, [id]).get(id) ?? { features: [], publishedDay: null };
  const dfs = new Map(own.features.map((f) => [f.key, documentFrequency(db, f.key)]));
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
  const theirs = featuresOf(db, best);
  const scored = best.map((other) => {
    const them = theirs.get(other) ?? { features: [], publishedDay: null };
    const days =
      own.publishedDay === null || them.publishedDay === null
        ? null
        : Math.abs(own.publishedDay - them.publishedDay);
    const sameUrl = copies.sameUrl.includes(other);
    const version = copies.versions.includes(other);
    const evidence = sharedEvidence(own.features, them.features, (key) => dfs.get(key) ?? 0, articles);
    return { id: other, ...explainRelation({ ...evidence, days, sameUrl, version }) };
  });
  return scored.sort((a, b) => b.score - a.score || a.id - b.id);
}
