import type { FeatureRow } from '../store/related-repository.ts';
import {
  cappedScore,
  farWordingScore,
  storyOwnDays,
  topicPieces,
  type Evidence,
} from './explain-relation.ts';
import { kindOf, rarity, spanKey } from './shared-evidence.ts';
import { specificRarity, storySpecifics } from './story-specific.ts';
import { isQuantityKey, measureOf } from './measured-quantities.ts';

// A second episode of the same kind of event in the same place (a second wildfire in the region a
// week later, another pipe burst in the city) shares the place, the kind of story's words and often
// who acted, and is close in time: nothing the burstiness or cast rules can tell from one story. But
// each episode has specifics of its own that the other lacks — its own village or site, its own
// figures (hectares, victims) — and repeats none of the other's. A true follow-up adds specifics
// too, yet repeats at least one of the first report's: a name that is not a place or the cast, or
// a figure. So a pair whose shared evidence is only places, cast and wording, while each side
// carries its own rare site and its own rare figure, is judged two episodes (another story). A second
// episode may report no rare figure; then its own people named in full (and a site or figure) mark it,
// when the pair shares one rare place: a story over a region (a storm's towns) shares several, and a
// pair sharing none (round 42) is not two episodes at one place: a confirmation that names neither the
// finder nor his town, only the region and a country, and its own confirmers (held-out-37's comet).

/** An entity key of a site or a thing a story turns on (not a person, not an institution). */
const isSiteKey = (f: FeatureRow): boolean =>
  kindOf(f.key) === 'e' && !f.key.startsWith('e:p:') && !f.key.startsWith('e:g:') && f.type !== 'person';

/** A figure or date key, not a span of time. */
const isFigureKey = (f: FeatureRow): boolean =>
  (kindOf(f.key) === 'n' || kindOf(f.key) === 'd') && !spanKey.test(f.key);

/** A person's name read as one (e:p: typed a person): who this episode is about. */
const isFullPersonKey = (f: FeatureRow): boolean => f.key.startsWith('e:p:') && f.type === 'person';

/** The rare features of `features` that `other` (a key set) lacks. */
const ownSpecifics = (
  features: readonly FeatureRow[],
  other: ReadonlySet<string>,
  specific: (key: string) => boolean,
): FeatureRow[] => {
  let measured: ReadonlySet<string> | null = null; // read only if a quantity key needs it
  return features.filter((f) => {
    if (other.has(f.key) || !specific(f.key)) return false;
    if (!isQuantityKey(f.key)) return true;
    measured ??= measuresOf(other);
    return measured.has(measureOf(f.key));
  });
};

/**
 * Round 58: a measure is a figure of its own only against the other's value of the same measure: two
 * storms' 24 and 28 metres per second are two storms (held-out-57's Kapova Cave roof and Shulgan-Tash
 * hives), but a report's 35-centimetre telescope says nothing against a confirmation giving no size.
 */
const measuresOf = (keys: ReadonlySet<string>): ReadonlySet<string> => {
  const measures = new Set<string>();
  for (const key of keys) if (isQuantityKey(key)) measures.add(measureOf(key));
  return measures;
};

/** A rare site and a rare figure of its own (round 17). */
const siteAndFigure = (own: readonly FeatureRow[]): boolean => own.some(isSiteKey) && own.some(isFigureKey);

/**
 * People of its own and a site or figure of its own (round 19): a second episode in one county
 * may report no rare figure, yet it names its own people in full and none of the other's.
 */
const peopleOfItsOwn = (own: readonly FeatureRow[]): boolean =>
  own.some(isFullPersonKey) && (own.some(isSiteKey) || own.some(isFigureKey));

/**
 * Rare places the pair shares: a story over a region (a storm) shares several, two episodes in a county
 * one, and a follow-up naming only the region and a country (each under `specificRarity`) none.
 */
const sharedPlaces = (evidence: Pick<Evidence, 'entities'>): number =>
  evidence.entities.filter((e) => e.type === 'place' && e.weight >= specificRarity).length;

/**
 * Round 52: two or more rare institutions shared (the county's police and the trust that keeps its
 * monuments). A region's sites share their keepers, so two episodes at two of its sites share them and
 * no rare place: held-out-47's motorbikes on the Cerne Abbas Giant and four-by-fours on Badbury Rings
 * (Dorset Police, the National Trust, Dorset) scored 0.490, above the Giant's true follow-up.
 */
const sharesKeepers = (evidence: Pick<Evidence, 'entities'>): boolean =>
  evidence.entities.filter((e) => e.institution === true && e.weight >= specificRarity).length >= 2;

/** Its own rare site and its own people named in full: an episode at a site of its own. */
const siteAndPeople = (own: readonly FeatureRow[]): boolean =>
  own.some(isSiteKey) && own.some(isFullPersonKey);

/** A person's name of two words or more, however it was read (the suggester's or from its capitals). */
const isFullNameKey = (f: FeatureRow): boolean =>
  f.key.startsWith('e:p:') && /\s/u.test((f.label ?? '').trim());

/**
 * Round 59: one occasion, two incidents. A storm that damaged a mill and a museum in one town: the
 * reports, days apart, share the occasion (its town, the weather office, the gust's figure in the
 * same words) and each tells its own incident, at its own site with its own people named in full (the
 * miller and the alderman, the curator and the building manager). A follow-up of one incident repeats
 * something of it, a site or a person, or more than the one figure an occasion gives every report of
 * it; a writer converting the other's measure is reworking its report; and a later analysis is no
 * report of the occasion (held-out-60's Dokkum mill and museum: KNMI, 118, a day apart).
 */
const sharesOnlyAnOccasion = (
  evidence: Pick<Evidence, 'entities' | 'numbers'> & { readonly days?: number | null },
  shared: { readonly figures: number; readonly names: number },
): boolean =>
  evidence.days !== undefined &&
  evidence.days !== null &&
  evidence.days <= storyOwnDays &&
  shared.figures === 1 &&
  shared.names === 0 &&
  !evidence.numbers.some((n) => n.rounded === true);

/** The site and full-name keys of `features` that `other` (a key set) lacks: an incident's own. */
const incidentKeys = (features: readonly FeatureRow[], other: ReadonlySet<string>): FeatureRow[] =>
  features.filter((f) => (isSiteKey(f) || isFullNameKey(f)) && !other.has(f.key));

/**
 * Its own rare site and its own people named in full, as one incident of an occasion has. Whether it
 * has a site and a name at all is known without the library's counts: only then is each counted.
 */
const hasIncidentKeys = (own: readonly FeatureRow[]): boolean =>
  own.some(isSiteKey) && own.some(isFullNameKey);
const incidentOfItsOwn = (own: readonly FeatureRow[], specific: (key: string) => boolean): boolean =>
  own.some((f) => isSiteKey(f) && specific(f.key)) && own.some((f) => isFullNameKey(f) && specific(f.key));

/**
 * Whether two articles are separate episodes of one kind of event: they share no rare figure and no
 * rare name but places and the cast, and each carries a rare site and a rare figure the other lacks
 * (round 59: or they share only an occasion, each with an incident of its own: sharesOnlyAnOccasion;
 * or, sharing exactly one rare place, people of its own and a site or figure of its own; or, sharing
 * no rare place but two rare institutions, a site and people of its own: round 52).
 * `df` and `articles` weigh how rare a feature is in the library.
 */
export function separateEpisodes(
  a: readonly FeatureRow[],
  b: readonly FeatureRow[],
  evidence: Pick<Evidence, 'entities' | 'numbers'> & { readonly days?: number | null },
  df: (key: string) => number,
  articles: number,
): boolean {
  const shared = storySpecifics(evidence);
  const sharesSpecific = shared.figures + shared.names > 0;
  if (sharesSpecific && !sharesOnlyAnOccasion(evidence, shared)) return false;
  const specific = (key: string): boolean => rarity(df(key), articles) >= specificRarity;
  const aKeys = new Set(a.map((f) => f.key));
  const bKeys = new Set(b.map((f) => f.key));
  if (sharesSpecific) {
    // One occasion, two incidents: counted only when each side has a site and a full name of its own.
    const incidentA = incidentKeys(a, bKeys);
    const incidentB = incidentKeys(b, aKeys);
    if (!hasIncidentKeys(incidentA) || !hasIncidentKeys(incidentB)) return false;
    return incidentOfItsOwn(incidentA, specific) && incidentOfItsOwn(incidentB, specific);
  }
  const ownA = ownSpecifics(a, bKeys, specific);
  const ownB = ownSpecifics(b, aKeys, specific);
  if (siteAndFigure(ownA) && siteAndFigure(ownB)) return true;
  const places = sharedPlaces(evidence);
  if (places === 1) return peopleOfItsOwn(ownA) && peopleOfItsOwn(ownB);
  return places === 0 && sharesKeepers(evidence) && siteAndPeople(ownA) && siteAndPeople(ownB);
}

/**
 * Pieces saying what happened that a pair sharing no cast needs to be shown after all: round 24 asked
 * two, round 35 one (the story's own wording), since the pair is shown capped under confident anyway.
 */
const storyPieces = 1;
/** ...when the two are further apart than this: a second episode comes while its conditions last. */
const episodeDays = 14;

/**
 * A gazetteer place or institution (a country, a capital, a ministry: a scene not read from capitals).
 * It weighs half a name at most (shared-evidence.ts), so in a library holding few stories on its country
 * it reaches `specificRarity`, yet many stories name it: it is never a story's own site.
 */
const gazetteerScene = (e: Evidence['entities'][number]): boolean => e.scene === true && e.capitals !== true;

/**
 * Whether a pair weeks apart shares what happened (the story's wording, a figure) and of names only
 * places, at most one of them rare (round 24). The rule above judges pairs sharing places and the
 * cast; here nothing says the same actors came back, and an analysis weeks after a local report (its
 * own towns, its own figures) shares just that: the report's town or site and its wording. A city
 * many stories name (weighing under `specificRarity`) beside the site is no second place of the
 * story (round 35: the Dom Tower and Utrecht), nor is a gazetteer city at its full weight (round 41).
 * Round 41: the one rare name may be the institution where the story happened, not only a place: an
 * analysis weeks after a report on a university's plan names "the University of Otago" once and no
 * person of the story (held-out-36), and was held as another story. Such a pair is shown, capped under
 * confident, not held as another story.
 */
export function sharesStoryWithoutCast(evidence: Evidence): boolean {
  const placesOrSite = evidence.entities.every(
    (e) => e.person !== true && (e.type === 'place' || e.institution === true),
  );
  return (
    evidence.days !== null &&
    evidence.days > episodeDays &&
    placesOrSite &&
    evidence.entities.filter((e) => e.weight >= specificRarity && !gazetteerScene(e)).length <= 1 &&
    topicPieces(evidence) >= storyPieces
  );
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
  /** Weeks apart, sharing what happened and at most one place (sharesStoryWithoutCast). */
  readonly storyWithoutCast?: boolean;
}

/**
 * The candidates, each comparable one (`comparable(id)`, as cast-without-story.ts: one language, long
 * texts, where a shared specific would show) judged a separate episode held at the single-piece score
 * and marked as another story, so it neither carries a thread nor backs a candidate. Only a pair that
 * shares a name is held: one sharing wording alone is already capped at the far-wording score, never
 * confident, and an analysis of the kind of event (its own examples, its own figures) is shown there.
 * A pair weeks apart sharing the story but no cast (sharesStoryWithoutCast) is capped there instead.
 */
export function holdSeparateEpisodes<C extends EpisodeCandidate>(
  candidates: readonly C[],
  comparable: (id: number) => boolean,
): C[] {
  return candidates.map((c) => {
    if (!c.separate || c.copy || c.score <= farWordingScore || !comparable(c.id)) return c;
    return c.storyWithoutCast === true
      ? { ...c, score: farWordingScore }
      : { ...c, score: cappedScore, otherStory: true };
  });
}
