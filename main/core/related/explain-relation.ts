import type { RelatedReason } from '../../shared/types.ts';

// Turns the evidence two articles share into a calibrated score and its reasons. A logistic over
// weighted evidence, where an event shows as a signature: two or more independent rare things in
// common (two names, a name and a figure or date, a name and distinctive wording). A pair sharing
// only one thing, however rare (one famous person, one court and its city), stays well below 0.5.

/** What two articles share. */
export interface Evidence {
  /**
   * Shared entities; `scene` marks gazetteer places and institutions, which together count once;
   * `person` a name either article reads as a person's (the cast, who recurs across stories);
   * `institution` a regulator, ministry, prosecutors or agency (the cast as well).
   */
  readonly entities: readonly {
    name: string;
    type: string;
    weight: number;
    scene?: boolean;
    person?: boolean;
    institution?: boolean;
    /** A person's full name matched across scripts by transliteration (full-name-match.ts). */
    crossScript?: boolean;
    /** Any name written in each article's script, the same words once transliterated (full-name-match.ts). */
    transliterated?: boolean;
    /** A name read only from its capitals in one article or both (no gazetteer place): counted with the scene. */
    capitals?: boolean;
  }[];
  /** Shared figures and dates; `span` marks a span of time ("two days"), a phrase many stories use. */
  /** `rounded`: a measure one text converts from the other's units (measured-quantities.ts). */
  readonly numbers: readonly { value: string; weight: number; span?: boolean; rounded?: boolean }[];
  /** Shared rare terms that no shared entity covers, each weighed by its rarity squared. */
  readonly terms?: readonly { word: string; weight: number }[];
  /** Cosine of the TF-IDF vectors of their distinctive terms. */
  readonly similarity: number;
  readonly words: readonly string[];
  /** Days between their published dates, null when either is unknown. */
  readonly days: number | null;
  readonly sameUrl?: boolean;
  readonly version?: boolean;
}

const weights = { bias: -4.2, names: 2.2, scene: 1.6, wording: 7, terms: 0.9, numbers: 1.1, time: 0.9 };
/** The most a pair with fewer than two independent pieces of evidence can reach (score ≈ 0.08, not shown). */
const singlePieceCap = -2.5;
/** The score of a pair held at that cap: real evidence, not enough on its own (0.076). */
export const cappedScore = Math.round(1000 / (1 + Math.exp(-singlePieceCap))) / 1000;
/** Shared rare words count as a piece only when they also make the two texts alike overall. */
export const wordingSimilarity = 0.1;
/** The scene mass that counts as a piece beside a shared rare figure within a week (one rare city). */
const sceneWithFigure = 0.25;
/** A story's own week: the days within which its reports share their cast, scene and figures. */
export const storyWeekDays = 7;
/** The days after which a partner of a report is a later analysis, not a story of the same days. */
export const analysisAfterDays = 14;
/** A story's own few days: a report and its follow-up, not a later analysis or matter of the same people. */
export const storyOwnDays = 4;
/** What a shared name must weigh (its rarity) to be nearly unique to a pair: a handful of articles carry it. */
export const nearlyUniqueWeight = 0.9;
/** Further apart than a week, a pair sharing no name and no figure is not one story... */
const sceneOnlyDays = storyWeekDays;
/**
 * ...unless their texts are strongly alike in rare words: an analysis weeks later may repeat no name or
 * figure, yet its own vocabulary (what happened) is the story's; another event of the same kind rarely
 * shares that much.
 */
export const strongSimilarity = 0.15;
/** Such a pair is worth showing, but not as a confident suggestion: no name or figure backs it (0.354). */
const farWordingCap = -0.6;
/** The score of a pair held at that cap (0.354): shown, never confident. */
export const farWordingScore = Math.round(1000 / (1 + Math.exp(-farWordingCap))) / 1000;
// Wording alone, however close in time, says what KIND of thing happened (a strike, an outage, a ship
// fire and its insurance claim), not that it is the same event: another event of that kind a few days
// later shares it as well. Without a shared name, scene or rare figure or date a pair is still shown,
// but held at the same cap, never confident.

const round = (value: number): number => Math.round(value * 100) / 100;
const sum = (values: readonly { weight: number }[]): number =>
  values.reduce((total, v) => total + v.weight, 0);

function closeness(days: number | null): number {
  if (days === null) return 0;
  return days <= 3 ? 1 : days <= 14 ? 0.5 : 0;
}

/** The independent pieces of evidence, by kind. */
interface Pieces {
  readonly scene: number;
  readonly names: number;
  readonly numbers: number;
  readonly wording: number;
}

/** What a shared name or figure must weigh (its rarity) to count as a piece of evidence. */
export const pieceWeight = 0.5;

function piecesOf(evidence: Evidence): Pieces {
  const strong = (values: readonly { weight: number }[]): number =>
    values.filter((v) => v.weight >= pieceWeight).length;
  const scene = evidence.entities.filter((e) => e.scene === true);
  const names = evidence.entities.filter((e) => e.scene !== true);
  const termMass = sum(evidence.terms ?? []);
  const named = strong(names);
  const numbers = Math.min(2, strong(evidence.numbers));
  // Many rare words in common (a story's own vocabulary) count as a piece, two when very many. A few
  // words each text uses once in passing ("argued", "followed") leave the texts unlike overall: they
  // can back a shared name or figure, but do not turn a shared place or court into one story.
  const alike = evidence.similarity >= wordingSimilarity;
  // Round 41: an institution is who acted (the cast), not what happened: beside it alone, a few words
  // in passing are not the story's (the same archaeology institute digging two sites two days apart).
  const namedNotCast = strong(names.filter((e) => e.institution !== true));
  const some = termMass >= 1.5 && (alike || namedNotCast + numbers > 0) ? 1 : 0;
  const wording = termMass >= 4 ? 2 : some;
  // A city many stories share is no piece alone, but with the same rare figure within a week it is
  // where that figure happened: a foreign report may repeat nothing else (its names spelt otherwise).
  const near = evidence.days !== null && evidence.days <= sceneOnlyDays;
  const sceneNeeded = numbers > 0 && near ? sceneWithFigure : 0.5;
  // Two nearly unique names read from capitals within a story's week are the story's own setting
  // (sharesTwoRareNamesByCapitals, below): they count as a name beside the scene.
  const capitalNames = sharesTwoRareNamesByCapitals(evidence) ? 1 : 0;
  return { scene: sum(scene) >= sceneNeeded ? 1 : 0, names: named + capitalNames, numbers, wording };
}

// Round 38: a follow-up in a smaller language (Estonian, Galician, Icelandic) is read without a
// tagger: its names come from their capitals, and such names count with the scene, once, since one
// of them alone is as often a company or a ship as the story's own site (shared-evidence.ts). But two
// such names, each carried by almost no other article, shared within a story's week (the village and
// the warden, the cape and the harbour), are this story's own setting and cast: a second piece of
// evidence. A trap that shares one of them, or both a week or more later, keeps one piece; so does one
// sharing a lone surname, which many people carry.

/** What each name must weigh (its rarity): a handful of articles carry it. */
export const rareCapitalsWeight = 0.85;

/** A one-word name read as a person's: as often an ambiguous surname ("Echeverría") as this story's own. */
const surnameAlone = (e: Evidence['entities'][number]): boolean =>
  e.person === true && !/\s/u.test(e.name.trim());

/** Whether the pair shares, within a story's week, two names read from capitals that few articles carry. */
export function sharesTwoRareNamesByCapitals(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  return (
    evidence.entities.filter((e) => e.capitals === true && e.weight >= rareCapitalsWeight && !surnameAlone(e))
      .length >= 2
  );
}

/** How many independent things the pair shares: the scene once, each rare name, figure or date, and wording. */
export function evidencePieces(evidence: Evidence): number {
  const pieces = piecesOf(evidence);
  return pieces.scene + pieces.names + pieces.numbers + pieces.wording;
}

/** Pieces saying what happened (a shared rare figure or date, the story's own wording), not who or where. */
export function topicPieces(evidence: Evidence): number {
  const pieces = piecesOf(evidence);
  return pieces.numbers + pieces.wording;
}

/**
 * Shared rare figures or dates, not spans of time: what happened, in numbers any language writes
 * alike. "Two days" or "a two-year refit" is said of countless unrelated events. Round 58: nor a
 * measure converted into other units, met within 5 %: evidence of what happened, but not the exact
 * figure that backs a confident score (corroboration.ts).
 */
export function figurePieces(evidence: Evidence): number {
  return evidence.numbers.filter((n) => n.weight >= 0.5 && n.span !== true && n.rounded !== true).length;
}

/**
 * The most the evidence may score, as a logit. One piece alone is not a suggestion. Without a shared
 * name or figure, a pair more than a week apart is another event at the same place or of the same kind;
 * wording alone (no name, scene or figure) is never confident.
 */
export function evidenceCap(evidence: Evidence): number {
  const pieces = piecesOf(evidence);
  if (pieces.scene + pieces.names + pieces.numbers + pieces.wording < 2) return singlePieceCap;
  const far = evidence.days === null || evidence.days > sceneOnlyDays;
  const strongWording = pieces.wording === 2 && evidence.similarity >= strongSimilarity;
  if (pieces.names === 0 && pieces.numbers === 0 && far)
    return strongWording ? farWordingCap : singlePieceCap;
  if (pieces.names === 0 && pieces.numbers === 0 && pieces.scene === 0) return farWordingCap;
  return Number.POSITIVE_INFINITY;
}

/** The score (0..1, ≥ 0.5 confident) and the reasons, strongest first, of some shared evidence. */
export function explainRelation(evidence: Evidence): { score: number; reasons: RelatedReason[] } {
  const sceneMass = Math.min(1.5, sum(evidence.entities.filter((e) => e.scene === true)));
  const nameMass = Math.min(3, sum(evidence.entities.filter((e) => e.scene !== true)));
  const termMass = Math.min(3, sum(evidence.terms ?? []));
  const numberMass = Math.min(2, sum(evidence.numbers));
  const time = closeness(evidence.days);
  const wordingStrength = weights.wording * evidence.similarity + weights.terms * termMass;
  const parts: { strength: number; reason: RelatedReason }[] = [];
  if (evidence.entities.length > 0) {
    const entities = [...evidence.entities]
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, type: e.type, weight: round(e.weight) }));
    parts.push({
      strength: weights.names * nameMass + weights.scene * sceneMass,
      reason: { kind: 'shared-entities', entities },
    });
  }
  const words = [...new Set([...(evidence.terms ?? []).map((t) => t.word), ...evidence.words])].slice(0, 6);
  if ((evidence.similarity >= 0.05 || termMass >= 0.5) && words.length > 0)
    parts.push({
      strength: wordingStrength,
      reason: { kind: 'similar-wording', similarity: round(evidence.similarity), words },
    });
  if (evidence.numbers.length > 0)
    parts.push({
      strength: weights.numbers * numberMass,
      reason: { kind: 'shared-numbers', values: evidence.numbers.map((n) => n.value) },
    });
  if (evidence.days !== null && time > 0)
    parts.push({ strength: weights.time * time, reason: { kind: 'close-in-time', days: evidence.days } });
  if (evidence.sameUrl === true) parts.push({ strength: 20, reason: { kind: 'same-url' } });
  if (evidence.version === true) parts.push({ strength: 19, reason: { kind: 'version' } });
  let z =
    weights.bias +
    weights.names * nameMass +
    weights.scene * sceneMass +
    wordingStrength +
    weights.numbers * numberMass +
    weights.time * time;
  z = Math.min(z, evidenceCap(evidence));
  let score = 1 / (1 + Math.exp(-z));
  if (evidence.sameUrl === true || evidence.version === true) score = Math.max(score, 0.95);
  parts.sort((a, b) => b.strength - a.strength);
  return { score: Math.round(score * 1000) / 1000, reasons: parts.map((p) => p.reason) };
}

/** Titles in the one-line summary are cut at this many characters. */
const summaryTitleLength = 60;

const shortTitle = (title: string): string =>
  title.length <= summaryTitleLength ? title : `${title.slice(0, summaryTitleLength - 1).trimEnd()}…`;

function describe(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'shared-entities':
      return `Shares ${reason.entities
        .slice(0, 3)
        .map((e) => e.name)
        .join(', ')}`;
    case 'similar-wording':
      return 'similar wording';
    case 'shared-numbers':
      return `same figures (${reason.values.slice(0, 2).join(', ')})`;
    case 'close-in-time':
      return reason.days === 0 ? 'same day' : `${reason.days} day${reason.days === 1 ? '' : 's'} apart`;
    case 'same-url':
      return 'same URL';
    case 'version':
      return 'another version of the text';
    case 'thread':
      return `both related to ‘${shortTitle(reason.via.title)}’`;
  }
}

/** One line for the UI: "Shares Sergey Lavrov, Anatoly Antonov · similar wording · 2 days apart". */
export function summarise(reasons: readonly RelatedReason[]): string {
  const text = reasons.map(describe).join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
