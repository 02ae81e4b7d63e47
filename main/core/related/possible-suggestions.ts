// The evidence rules (two independent pieces, the caps, the display floor) keep confident suggestions
// precise, but they also hide true partners that share only wording: an analysis weeks later, a
// report naming nobody. A plain ranking by wording alone finds many of them. So when the rules leave
// an article fewer than a handful of suggestions, the remaining candidates most alike in wording (the
// TF-IDF cosine of their terms) fill the gap as "possible" suggestions: scored below the display
// floor, never confident, after every suggestion the rules show. Dossier then never shows less than
// word overlap would.

/** A scored candidate as the fallback sees it. */
export interface WordingCandidate {
  readonly id: number;
  readonly score: number;
  /** The cosine of the two articles' TF-IDF term vectors. */
  readonly similarity: number;
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
/** The highest score a possible suggestion gets: under the display floor (0.1), far from confident. */
export const possibleScoreCap = 0.09;
/** The cosine at which a possible suggestion reaches that cap. */
const fullSimilarity = 0.3;

/** The score shown for a possible suggestion: rises with the cosine, stays under the floor. */
export function possibleScore(similarity: number): number {
  return Math.round(1000 * possibleScoreCap * Math.min(1, similarity / fullSimilarity)) / 1000;
}

/**
 * The suggestions the rules show, then (when they are fewer than `wantedSuggestions`) the other
 * candidates most alike in wording, each marked possible and given its lower score. Ties by id.
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
  const fillers = candidates
    .filter(
      (c) =>
        !taken.has(c.id) &&
        c.similarity >= (crossLanguage(c.id) ? crossLanguageSimilarity : possibleSimilarity),
    )
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
    .slice(0, wanted - out.length)
    .map((c) => ({ ...c, score: possibleScore(c.similarity), possible: true }));
  return [...out, ...fillers];
}

/** The line shown for a possible suggestion: it is there for its wording, even when no reason made the list. */
export function possibleSummary(summary: string): string {
  return `Possible — ${summary === '' ? 'Similar wording' : summary}`;
}
