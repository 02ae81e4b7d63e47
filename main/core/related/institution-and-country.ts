import type { ArticleSummary } from '../../shared/types.ts';
import { cappedScore, pieceWeight, wordingSimilarity, type Evidence } from './explain-relation.ts';
import { inOtherLanguage } from './primary-language.ts';

// A foreign article on the same institution in the same country: a German business report on a
// Serbian utility's loan and an English report on that utility's billing error share the utility,
// Serbia and Belgrade (a country and its capital weigh under half: many stories share them) and the
// few words those names are, nothing of what happened. An institution acts in many stories; between
// two languages wording cannot show the story, so one shared institution and a country-level scene
// is who and where, not what: such a pair is held under the display floor. A person, a rare figure
// or date, a rare town or the story's wording in common lets the pair score as before, and so does a
// company (BASF and the Rhine's low water): a company is what a story turns on (shared-evidence.ts).

/** Whether the pair's one rare name is an institution's (not a company's), and it shares no person, rare figure, town or wording. */
export function sharesOnlyInstitutionAndCountry(
  evidence: Pick<Evidence, 'entities' | 'numbers' | 'similarity'>,
): boolean {
  const names = evidence.entities.filter((e) => e.scene !== true && e.weight >= pieceWeight);
  const institution = names.length === 1 && names[0]?.institution === true && names[0].person !== true;
  const person = evidence.entities.some((e) => e.person === true && e.weight >= pieceWeight);
  const rareScene = evidence.entities.some((e) => e.scene === true && e.weight >= pieceWeight);
  const figures = evidence.numbers.some((n) => n.weight >= pieceWeight);
  return institution && !person && !rareScene && !figures && evidence.similarity < wordingSimilarity;
}

/** A candidate as the rule sees it. */
export interface InstitutionCandidate {
  readonly id: number;
  readonly score: number;
  /** Pieces saying what happened (topicPieces): a rare figure or date, the story's wording. */
  readonly topic: number;
  readonly copy: boolean;
  /** Shares only one institution and a country-level scene (sharesOnlyInstitutionAndCountry). */
  readonly institutionOnly: boolean;
}

/**
 * The candidates, each one written in another language than the article (both known) that shares only
 * an institution and a country-level scene held at the single-piece score (under the display floor).
 */
export function holdInstitutionAndCountry<C extends InstitutionCandidate>(
  candidates: readonly C[],
  summaries: ReadonlyMap<number, ArticleSummary>,
  id: number,
): C[] {
  const foreign = inOtherLanguage(summaries, id);
  return candidates.map((c) =>
    c.institutionOnly && c.topic === 0 && !c.copy && c.score > cappedScore && foreign(c.id)
      ? { ...c, score: cappedScore }
      : c,
  );
}
