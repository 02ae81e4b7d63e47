import type { Evidence } from './explain-relation.ts';

// The evidence rules (two independent pieces, the caps, the display floor) keep confident suggestions
// precise, but they also hide true partners that share only wording: an analysis weeks later, a
// report naming nobody. A plain ranking by wording alone finds many of them. So when the rules leave
// an article fewer than a handful of suggestions, the remaining candidates most alike in wording (the
// TF-IDF cosine of their terms) fill the gap as "possible" suggestions: scored below the display
// floor, never confident, after every suggestion the rules show. Dossier then never shows less than
// word overlap would.
// Between two languages wording shows little (only names and cognates are spelt alike), so there a
// candidate also fills a gap on its evidence: a shared rare figure, date or the story's own wording
// (what happened) beside another piece. A shared person, place or court alone (who or where) does not.
// A candidate the rules judged another story (the same cast in another story) never fills a gap. Nor
// does one sharing what kind of thing happened but no who or where (no name, no scene) that scored
// above the display floor and was hidden only because a far stronger partner leads the list: beside a
// story with its own names, such a look-alike is another event of the same kind (another strike,
// outage or ship fire), and the fallback would only bring back what the floor took away.
// Between two languages a nearly unique name both texts carry (a company, a ship, a district, a
// regulator's acronym, spelt alike or transliterated) within weeks is itself such evidence: wording
// cannot be shared there, so the analysis in another language that names only the story's rare name
// fills a gap too (a shared country or capital weighs too little to qualify).
// In any language, an analysis weeks later (round 25) names nobody of the story and its wording is its
// own (cosine under the bar), yet it keeps the story's nearly unique name (a small town, a company) and
// a word almost only the story uses ("Fahrrinne", "forgery"): both within six weeks fill a gap, still
// possible and under the floor. Another episode in the same town shares the name, rarely such a word.

/** A scored candidate as the fallback sees it. */
export interface WordingCandidate {
  readonly id: number;
  readonly score: number;
  /** The cosine of the two articles' TF-IDF term vectors. */
  readonly similarity: number;
  /** Independent pieces of evidence it shares with the article (evidencePieces), when known. */
  readonly pieces?: number;
  /** How many of those say what happened: a figure or date, the story's wording (topicPieces). */
  readonly topic?: number;
  /** Judged another story on its evidence (cast-without-story.ts): never a filler. */
  readonly otherStory?: boolean;
  /** The weight of the rarest entity it shares with the article (rarity, 1 for a pair), when known. */
  readonly rarestName?: number;
  /** Days between the two articles, when known. */
  readonly days?: number | null;
  /** The weight of the rarest word it shares with the article (rarity squared), when known. */
  readonly rarestWord?: number;
  /** The weight of the rarest place it shares with the article (0 when none), when known. */
  readonly rarestTown?: number;
  /** How many nearly unique words (weight ≥ analysisWordWeight) it shares with the article, when known. */
  readonly rareWords?: number;
}

/** Fewer suggestions than this from the evidence rules are topped up by wording. */
export const wantedSuggestions = 3;
/**
 * The least cosine a possible suggestion needs: below it two texts share a few words in passing (and
 * a singleton gets no filler at all).
 */
export const possibleSimilarity = 0.12;
/**
 * The bar for a pair written in two languages: their cosine counts only names and cognates spelt
 * alike, so a handful of shared terms is already as much as such a pair shows.
 */
export const crossLanguageSimilarity = 0.05;
/** The pieces of evidence a candidate in another language needs to fill a gap without the wording bar. */
export const crossLanguagePieces = 2;
/** The least weight of a shared name that lets a candidate in another language fill a gap on it alone. */
export const crossLanguageNameWeight = 0.9;
/**
 * ...when the two articles are at most this many days apart: an analysis follows within six weeks.
 * Round 44: was 28 days (set in round 14 on a library of 176 articles), which left out every analysis
 * written five weeks after its story in another language that keeps only the story's rare name (a
 * spring, a dam's valley, a mountain rink read from capitals, not a known town). A person's name still
 * never counts here (rarestNameNotPerson): tried in round 44 within two weeks, it brought back the
 * same official in another matter (see docs/benchmarks.md).
 */
export const crossLanguageNameDays = 42;
/**
 * A nearly unique place (a small town read as a place) counts up to six weeks apart: a lone
 * capitalised word ("Central", "Comune") may be a common word, a known town is the story's scene (round 25).
 * Since round 44 any nearly unique name spans as long (crossLanguageNameDays).
 */
export const crossLanguageTownDays = 42;
/** The least weight of a shared word that, beside a nearly unique name, marks an analysis of the story. */
export const analysisWordWeight = 0.85;
/** ...when the two articles are at most this many days apart (an analysis follows within six weeks). */
export const analysisDays = 42;
/** The highest score a possible suggestion gets: under the display floor (0.1), far from confident. */
export const possibleScoreCap = 0.09;
/** The display floor (related-api.ts): a candidate at or above it that is not shown was outranked. */
const displayFloor = 0.1;
/** The cosine at which a possible suggestion reaches that cap. */
const fullSimilarity = 0.3;

/** The score shown for a possible suggestion: rises with the cosine, stays under the floor. */
export function possibleScore(similarity: number): number {
  return Math.round(1000 * possibleScoreCap * Math.min(1, similarity / fullSimilarity)) / 1000;
}

/** Two pieces of evidence, one of them saying what happened (not only who or where). */
const sharesEvent = (c: WordingCandidate): boolean =>
  (c.pieces ?? 0) >= crossLanguagePieces && (c.topic ?? 0) >= 1;

/**
 * The weight of the rarest name a pair shares that neither article reads as a person's (0 when none):
 * a person recurs across stories (the cast), a company, ship, district or acronym far less.
 */
export const rarestNameNotPerson = (entities: Evidence['entities']): number =>
  Math.max(
    0,
    ...entities
      .filter((e) => e.person !== true && e.type !== 'person')
      // An institution is the cast as well (a regulator, prosecutors) and alone it is only who acted:
      // its next matter names it too. With a place it acted in, the pair narrows to one local matter.
      .filter((e) => e.institution !== true || entities.length > 1)
      .map((e) => e.weight),
  );

/** The weight of the rarest place a pair shares (0 when none): a town read as a place, never an institution or a person. */
export const rarestTown = (entities: Evidence['entities']): number =>
  Math.max(
    0,
    ...entities
      .filter((e) => e.scene === true && e.type === 'place' && e.institution !== true && e.person !== true)
      .map((e) => e.weight),
  );

/** A nearly unique name in common, within six weeks (a known town too): in another language, the story's own name. */
const sharesRareName = (c: WordingCandidate): boolean =>
  c.days !== undefined &&
  c.days !== null &&
  (((c.rarestName ?? 0) >= crossLanguageNameWeight && c.days <= crossLanguageNameDays) ||
    ((c.rarestTown ?? 0) >= crossLanguageNameWeight && c.days <= crossLanguageTownDays));

/** In another language, evidence enough to fill a gap without the wording bar. */
const crossLanguageEvidence = (c: WordingCandidate): boolean => sharesEvent(c) || sharesRareName(c);

/**
 * A nearly unique name (a small town, a company) and a nearly unique word of what happened, within six
 * weeks: in any language, the trace an analysis naming nobody of the story leaves (round 25).
 */
export const sharesAnalysisTrace = (c: WordingCandidate): boolean =>
  (c.rarestName ?? 0) >= crossLanguageNameWeight &&
  (c.rarestWord ?? 0) >= analysisWordWeight &&
  c.days !== undefined &&
  c.days !== null &&
  c.days <= analysisDays;

/**
 * Round 47: an analysis of a story set in a well-known place (Kano, Rotterdam, the Danube) shares no
 * nearly unique name with it, only the place, which weighs under crossLanguageNameWeight; what it keeps
 * of the story is its words. Two nearly unique words ("rampart" and "bricks", "Fahrrinne" and
 * "Kabinenschiff") beside a shared place, within six weeks, are such a trace too; one such word beside
 * a city is what another story in that city shares by chance.
 */
export const sharesPlaceAndStoryWords = (c: WordingCandidate): boolean =>
  (c.rarestTown ?? 0) > 0 &&
  (c.rareWords ?? 0) >= 2 &&
  c.days !== undefined &&
  c.days !== null &&
  c.days <= analysisDays;

/** Evidence enough to fill a gap without the wording bar. */
const fillerEvidence = (c: WordingCandidate, otherLanguage: boolean): boolean =>
  (otherLanguage && crossLanguageEvidence(c)) || sharesAnalysisTrace(c) || sharesPlaceAndStoryWords(c);

/** Scored as a suggestion, yet hidden, sharing what happened but no name or scene: the same kind of event. */
const outrankedLookAlike = (c: WordingCandidate): boolean =>
  c.score >= displayFloor && (c.pieces ?? 0) > 0 && c.pieces === c.topic;

/** A filler's score: by its wording, or (with a filler's evidence) its own evidence score, under the cap. */
function fillerScore(c: WordingCandidate, otherLanguage: boolean): number {
  const byEvidence = fillerEvidence(c, otherLanguage) ? Math.min(c.score, possibleScoreCap) : 0;
  return Math.max(possibleScore(c.similarity), byEvidence);
}

/**
 * The suggestions the rules show, then (when they are fewer than `wantedSuggestions`) the other
 * candidates most alike in wording or, in another language, sharing the event's evidence, each marked
 * possible and given its lower score. Ties by id.
 */
export function withPossibleSuggestions<C extends WordingCandidate>(
  shown: readonly C[],
  candidates: readonly C[],
  limit: number,
  crossLanguage: (id: number) => boolean = () => false,
): (C & { readonly possible: boolean })[] {
  const out = shown.slice(0, limit).map((c) => ({ ...c, possible: false }));
  const wanted = Math.min(wantedSuggestions, limit);
  if (out.length >= wanted) return out;
  const taken = new Set(out.map((c) => c.id));
  const alikeEnough = (c: C): boolean =>
    c.similarity >= (crossLanguage(c.id) ? crossLanguageSimilarity : possibleSimilarity);
  const fillers = candidates
    .filter((c) => !taken.has(c.id) && c.otherStory !== true && !outrankedLookAlike(c))
    .filter((c) => alikeEnough(c) || fillerEvidence(c, crossLanguage(c.id)))
    .map((c) => ({ ...c, score: fillerScore(c, crossLanguage(c.id)), possible: true }))
    .sort((a, b) => b.score - a.score || b.similarity - a.similarity || a.id - b.id)
    .slice(0, wanted - out.length);
  return [...out, ...fillers];
}

/** The line shown for a possible suggestion: it is there for its wording, even when no reason made the list. */
export function possibleSummary(summary: string): string {
  return `Possible — ${summary === '' ? 'Similar wording' : summary}`;
}
