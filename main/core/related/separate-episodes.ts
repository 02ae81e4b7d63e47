import type { FeatureRow } from '../store/related-repository.ts';
import { cappedScore, farWordingScore, type Evidence } from './explain-relation.ts';
import { kindOf, rarity } from './shared-evidence.ts';

// A second episode of the same kind of event in the same place (a second wildfire in the region a
// week later, another pipe burst in the city) shares the place, the kind of story's words and often
// who acted, and is close in time: nothing the burstiness or cast rules can tell from one story. But
// each episode has specifics of its own that the other lacks — its own village or site, its own
// figures (hectares, victims) — and repeats none of the other's. A true follow-up adds specifics
// too, yet repeats at least one of the first report's: a name that is not a place or the cast, or
// a figure. So a pair whose shared evidence is only places, cast and wording, while each side
// carries its own rare site and its own rare figure, is judged two episodes (another story).

/** A feature this rare (rarity, shared-evidence.ts) is specific to a story, not a scene or a kind. */
const specificRarity = 0.5;

/** A span-of-time figure key ("n:5y"), said of countless events (as in shared-evidence.ts). */
const spanKey = /^n:[\d.]+[a-z]+$/u;

/**
 * A place: a gazetteer place or a name typed a place. A name read only from its capitals may as well be
 * a company or a ship, what a story turns on, so sharing one is a shared specific.
 */
const isPlaceLike = (e: Evidence['entities'][number]): boolean => e.type === 'place';

/**
 * An institution or a one-word name read as a person: the cast, which recurs across a place's
 * episodes. A full name of a person (weighed 1 by shared-evidence.ts) is who a story is about: a
 * follow-up repeats it.
 */
const isCast = (e: Evidence['entities'][number]): boolean =>
  e.institution === true || (e.person === true && !(e.type === 'person' && /\s/u.test(e.name.trim())));

/** An entity key of a site or a thing a story turns on (not a person, not an institution). */
const isSiteKey = (f: FeatureRow): boolean =>
  kindOf(f.key) === 'e' && !f.key.startsWith('e:p:') && !f.key.startsWith('e:g:') && f.type !== 'person';

/** A figure or date key, not a span of time. */
const isFigureKey = (f: FeatureRow): boolean =>
  (kindOf(f.key) === 'n' || kindOf(f.key) === 'd') && !spanKey.test(f.key);

/** Whether the pair shares a specific of the story: a rare figure, or a rare name not a place or the cast. */
function sharesStorySpecific(evidence: Pick<Evidence, 'entities' | 'numbers'>): boolean {
  return (
    evidence.numbers.some((n) => n.weight >= specificRarity && n.span !== true) ||
    evidence.entities.some((e) => e.weight >= specificRarity && !isPlaceLike(e) && !isCast(e))
  );
}

/** Whether `features` carry a rare site and a rare figure that `other` (a key set) lacks. */
function hasOwnSpecifics(
  features: readonly FeatureRow[],
  other: ReadonlySet<string>,
  specific: (key: string) => boolean,
): boolean {
  const own = features.filter((f) => !other.has(f.key) && specific(f.key));
  return own.some(isSiteKey) && own.some(isFigureKey);
}

/**
 * Whether two articles are separate episodes of one kind of event: they share no rare figure and no
 * rare name but places and the cast, and each carries a rare site and a rare figure the other lacks.
 * `df` and `articles` weigh how rare a feature is in the library.
 */
export function separateEpisodes(
  a: readonly FeatureRow[],
  b: readonly FeatureRow[],
  evidence: Pick<Evidence, 'entities' | 'numbers'>,
  df: (key: string) => number,
  articles: number,
): boolean {
  if (sharesStorySpecific(evidence)) return false;
  const specific = (key: string): boolean => rarity(df(key), articles) >= specificRarity;
  const aKeys = new Set(a.map((f) => f.key));
  const bKeys = new Set(b.map((f) => f.key));
  return hasOwnSpecifics(a, bKeys, specific) && hasOwnSpecifics(b, aKeys, specific);
}

/** A candidate as the rule sees it: its own evidence with the article, before threads. */
export interface EpisodeCandidate {
  readonly id: number;
  readonly score: number;
  /** Judged separate episodes on the pair's features (separateEpisodes). */
  readonly separate: boolean;
  /** The same URL or near-identical text. */
  readonly copy: boolean;
  readonly otherStory: boolean;
}

/**
 * The candidates, each comparable one (`comparable(id)`, as cast-without-story.ts: one language, long
 * texts, where a shared specific would show) judged a separate episode held at the single-piece score
 * and marked as another story, so it neither carries a thread nor backs a candidate. Only a pair that
 * shares a name is held: one sharing wording alone is already capped at the far-wording score, never
 * confident, and an analysis of the kind of event (its own examples, its own figures) is shown there.
 */
export function holdSeparateEpisodes<C extends EpisodeCandidate>(
  candidates: readonly C[],
  comparable: (id: number) => boolean,
): C[] {
  return candidates.map((c) =>
    c.separate && !c.copy && c.score > farWordingScore && comparable(c.id)
      ? { ...c, score: cappedScore, otherStory: true }
      : c,
  );
}
