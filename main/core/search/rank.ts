import type { Id } from 'flexsearch';
import type { ParsedQuery } from './terms.ts';
import { fieldWeights, searchFields, type SearchField } from './search-index.ts';

/** Finds the ids whose field contains a term, best first. */
export type TermLookup = (field: SearchField, term: string) => readonly Id[];

/** One ranked article id. */
export interface RankedId {
  readonly id: number;
  readonly score: number;
}

/** A completion of the prefix counts a little less than a word typed in full. */
const prefixCompletionFactor = 0.8;

function scoreOneTerm(
  alternatives: readonly string[],
  exact: string | null,
  lookup: TermLookup,
): Map<number, number> {
  const best = new Map<number, number>();
  for (const field of searchFields) {
    for (const term of alternatives) {
      const ids = lookup(field, term);
      const factor = term === exact ? 1 : prefixCompletionFactor;
      ids.forEach((id, rank) => {
        // FlexSearch orders by where the term occurs in the field; earlier is slightly better,
        // but never enough to lift a body match above a title match.
        const score = fieldWeights[field] * factor * (1 - (0.2 * rank) / ids.length);
        const key = Number(id);
        if (score > (best.get(key) ?? 0)) best.set(key, score);
      });
    }
  }
  return best;
}

/**
 * Ranks articles matching every query term (each term may match in any field), summing each
 * term's best field weight. `prefixAlternatives` are the known completions of the last word.
 */
export function rankMatches(
  query: ParsedQuery,
  prefixAlternatives: readonly string[],
  lookup: TermLookup,
): RankedId[] {
  const perTerm: Map<number, number>[] = query.terms.map((term) => scoreOneTerm([term], term, lookup));
  if (query.prefix !== null) perTerm.push(scoreOneTerm(prefixAlternatives, query.prefix, lookup));
  const [first, ...rest] = perTerm.sort((a, b) => a.size - b.size);
  if (first === undefined) return [];
  const ranked: RankedId[] = [];
  for (const [id, score] of first) {
    let total = score;
    let everyTerm = true;
    for (const scores of rest) {
      const termScore = scores.get(id);
      if (termScore === undefined) {
        everyTerm = false;
        break;
      }
      total += termScore;
    }
    if (everyTerm) ranked.push({ id, score: total });
  }
  // Ties go to the newer article (higher id).
  return ranked.sort((a, b) => b.score - a.score || b.id - a.id);
}
