import type { DatabaseSync } from 'node:sqlite';
import type { ArticleSummary } from '../../shared/types.ts';
import type { RelatedReason } from '../../shared/types.ts';
import { summariesByIds } from '../store/article-repository.ts';
import { linkedByTypes } from '../store/link-repository.ts';
import { featuresOf, postings, type FeatureRow } from '../store/related-repository.ts';
import {
  candidatePairScore,
  comparablePair,
  comparableTexts,
  holdCastWithoutStory,
  sharesSettingWeeksLater,
} from './cast-without-story.ts';
import { holdUncorroborated } from './corroboration.ts';
import {
  cappedScore,
  evidencePieces,
  explainRelation,
  figurePieces,
  topicPieces,
} from './explain-relation.ts';
import { holdInstitutionAndCountry, sharesOnlyInstitutionAndCountry } from './institution-and-country.ts';
import { analysisWordWeight, rarestNameNotPerson, rarestTown } from './possible-suggestions.ts';
import { sharesNamedCast } from './named-cast-backing.ts';
import { sharesCrossScriptCast, withCastAcrossScripts } from './cross-script-cast.ts';
import { sharesRarePersonAndPlace } from './rare-person-and-place.ts';
import { sharesStoryCast } from './story-cast.ts';
import { sharesOnlyOnePerson } from './lone-person.ts';
import { holdSeparateEpisodes, separateEpisodes, sharesStoryWithoutCast } from './separate-episodes.ts';
import { countsOf, type Counts } from './library-counts.ts';
import { kindOf, rarity, sharedEvidence } from './shared-evidence.ts';
import { otherSide, skeletonKind } from './skeleton-keys.ts';
import { liftByThreads, sharesSpecific, threadNeighbours } from './thread-evidence.ts';
import { holdWideSceneAndOneFigure, sharesOnlyWideSceneAndOneFigure } from './wide-scene-and-one-figure.ts';

// Candidates come only from inverted lookups on an article's rarer features (never a scan of the
// library); the best of them are then scored on all the evidence the two articles share, and weak
// ones sharing something of a story with the article lifted when they and the article are both
// strongly related to a third (thread-evidence.ts);
// one in the article's language sharing only who and where is held first (cast-without-story.ts);
// a confident one no figure, copy or other candidate backs is then held under 0.5 (corroboration.ts).
// A shared rare word counts by how much of its use falls near the pair in time (term-burstiness.ts).
// Two episodes of one kind of event at one place (each with its own site and figures, sharing only
// places, the cast and wording) are held as another story as well (separate-episodes.ts).
// A confident pair sharing only countries, capitals or well-known institutions and one figure, in
// unlike wording over a week apart, is held under the display floor (wide-scene-and-one-figure.ts).

/** A scored candidate, before it is turned into an API suggestion. */
export interface ScoredCandidate {
  readonly id: number;
  readonly score: number;
  readonly reasons: readonly RelatedReason[];
  /** The cosine of the two articles' TF-IDF term vectors (their wording alone). */
  readonly similarity: number;
  /** Independent pieces of evidence the pair shares, and how many of them say what happened. */
  readonly pieces: number;
  readonly topic: number;
  /** Judged another story on its evidence: the same cast with nothing of what happened (cast-without-story.ts). */
  readonly otherStory: boolean;
  /** The weight of the rarest entity the pair shares (0 when none): a nearly unique name is near 1. */
  readonly rarestName: number;
  /** The weight of the rarest word the pair shares (0 when none): an analysis's trace of the story. */
  readonly rarestWord: number;
  /** The weight of the rarest place (a town read as a place) the pair shares (0 when none). */
  readonly rarestTown: number;
  /** How many nearly unique words the pair shares (weight ≥ analysisWordWeight; possible-suggestions.ts). */
  readonly rareWords: number;
  /** Days between the two articles' published dates, null when either is unknown. */
  readonly days: number | null;
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
export const byScoreThenId = (
  a: Pick<ScoredCandidate, 'id' | 'score'>,
  b: Pick<ScoredCandidate, 'id' | 'score'>,
): number => b.score - a.score || a.id - b.id;

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

/** Other articles sharing the article's rarer features, roughest-best first (inverted lookups only). */
function roughCandidates(db: DatabaseSync, id: number, own: Featured, counts: Counts): number[] {
  const rough = new Map<number, number>();
  const lookUps = [
    ...own.features.filter((f) => kindOf(f.key) !== 't'),
    // A term no other article carries finds no one: the most distinctive terms others share are looked up.
    ...own.features.filter((f) => kindOf(f.key) === 't' && counts.df(f.key) >= 2).slice(0, termsToLookUp),
  ];
  for (const feature of lookUps) {
    // Round 46: a name's consonant skeleton is looked up among the other scripts' (skeleton-keys.ts).
    const key = otherSide(feature.key) ?? feature.key;
    const count = counts.df(key);
    if (count === 0 || count > postingsCap(key, counts.articles)) continue;
    const weight = rarity(count, counts.articles) * (kindOf(key) === 't' ? 0.3 : 1);
    for (const posting of postings(db, key))
      if (posting.article_id !== id)
        rough.set(posting.article_id, (rough.get(posting.article_id) ?? 0) + weight);
  }
  return [...rough].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([other]) => other);
}

function scorePairWith(counts: Counts, a: Featured, b: Featured, sameUrl = false, version = false) {
  const days =
    a.publishedDay === null || b.publishedDay === null ? null : Math.abs(a.publishedDay - b.publishedDay);
  const evidence = withCastAcrossScripts({
    ...sharedEvidence(a.features, b.features, counts.df, counts.articles, (key) =>
      counts.episode(key, a.publishedDay ?? b.publishedDay),
    ),
    days,
    sameUrl,
    version,
  });
  return {
    ...explainRelation(evidence),
    pieces: evidencePieces(evidence),
    topic: topicPieces(evidence),
    figures: figurePieces(evidence),
    evidence,
  };
}

/** Why two articles score what they do on their own evidence (no threads): for the bench's --misses. */
export function explainPair(db: DatabaseSync, id: number, other: number) {
  const counts = countsOf(db);
  const found = featuresOf(db, [id, other]);
  const own = found.get(id) ?? unknown;
  const rank = roughCandidates(db, id, own, counts).indexOf(other);
  const pair = scorePairWith(counts, own, found.get(other) ?? unknown);
  return { ...pair, candidateRank: rank < 0 ? null : rank, candidatesScored: candidatesToScore };
}

/** The articles related to `id`, best first, and the summaries of it and every candidate (read once). */
export interface RelatedScores {
  readonly scored: ScoredCandidate[];
  readonly summaries: ReadonlyMap<number, ArticleSummary>;
}

/** Scores the articles related to `id` (whose features must be current), best first. */
export function scoreRelated(
  db: DatabaseSync,
  id: number,
  excluded: ReadonlySet<number>,
  copies: Copies,
): RelatedScores {
  const counts = countsOf(db);
  const own = featuresOf(db, [id]).get(id) ?? unknown;
  const ranked = roughCandidates(db, id, own, counts);
  const best = [...new Set([...copies.sameUrl, ...copies.versions, ...ranked])]
    .filter((other) => !excluded.has(other))
    .slice(0, candidatesToScore);
  const linked = linkedByTypes(db, id, threadLinkTypes);
  const theirs = featuresOf(db, [...new Set([...best, ...linked])]);
  const summaries = summariesByIds(db, [id, ...best]);
  const scorePair = (a: Featured, b: Featured, sameUrl = false, version = false) => {
    const { score, reasons, pieces, topic, figures, evidence } = scorePairWith(
      counts,
      a,
      b,
      sameUrl,
      version,
    );
    return {
      score,
      reasons,
      pieces,
      topic,
      figures,
      namedCast:
        sharesNamedCast(evidence) || sharesRarePersonAndPlace(evidence) || sharesCrossScriptCast(evidence),
      lonePerson: sharesOnlyOnePerson(evidence),
      storyCast: sharesStoryCast(evidence),
      settingWeeksLater: sharesSettingWeeksLater(evidence),
      settingOnly: false,
      institutionOnly: sharesOnlyInstitutionAndCountry(evidence),
      wideSceneOnly: sharesOnlyWideSceneAndOneFigure(evidence),
      otherStory: false,
      separate: separateEpisodes(a.features, b.features, evidence, counts.df, counts.articles),
      storyWithoutCast: sharesStoryWithoutCast(evidence),
      specific: sharesSpecific(evidence),
      similarity: evidence.similarity,
      rarestName: rarestNameNotPerson(evidence.entities),
      rarestWord: Math.max(0, ...(evidence.terms ?? []).map((t) => t.weight)),
      rarestTown: rarestTown(evidence.entities),
      rareWords: (evidence.terms ?? []).filter((t) => t.weight >= analysisWordWeight).length,
      days: evidence.days,
      copy: sameUrl || version,
    };
  };
  const comparableToOwn = comparableTexts(summaries, id, own.features, theirs);
  const scoredOwn = holdCastWithoutStory(
    best.map((other) => ({
      id: other,
      ...scorePair(
        own,
        theirs.get(other) ?? unknown,
        copies.sameUrl.includes(other),
        copies.versions.includes(other),
      ),
    })),
    comparableToOwn,
  );
  const scored = holdWideSceneAndOneFigure(
    holdSeparateEpisodes(holdInstitutionAndCountry(scoredOwn, summaries, id), comparableToOwn),
  );
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
  const comparable = comparablePair(summaries, (other) => (theirs.get(other) ?? unknown).features);
  const candidatePair = (candidate: number, neighbour: number): number => {
    if (threadLinksOf(neighbour).has(candidate)) return 1;
    const a = theirs.get(candidate) ?? unknown;
    const b = theirs.get(neighbour) ?? unknown;
    // Two pieces of evidence need two shared keys: most weak pairs are turned away by this count.
    const keys = keysOf(neighbour, b);
    if (a.features.filter((f) => kindOf(f.key) !== skeletonKind && keys.has(f.key)).length < 2) return 0;
    // The same cast in another story between two candidates carries no thread and backs nothing.
    const pair = scorePair(a, b);
    // Two episodes of one kind of event at one place carry no thread and back nothing either.
    const same = comparable(candidate, neighbour);
    if (pair.separate && same) return Math.min(pair.score, cappedScore);
    return candidatePairScore(pair, same);
  };
  const lifted = liftByThreads(
    scored,
    // Round 51: a pair left unheld for sharing only its setting weeks later vouches for no third article.
    threadNeighbours(
      scored.filter((c) => !c.settingOnly),
      linked.filter((other) => theirs.has(other)),
    ),
    candidatePair,
    (via) => summariesByIds(db, [via]).get(via)?.title ?? '',
  );
  // Corroborators are judged on their own evidence: a trap may not vouch for a thread through itself.
  const threaded = lifted.map((c) => {
    const first = c.reasons[0];
    return { ...c, via: first?.kind === 'thread' ? Number(first.via.id) : null };
  });
  return { scored: holdUncorroborated(threaded, scored, candidatePair).sort(byScoreThenId), summaries };
}
