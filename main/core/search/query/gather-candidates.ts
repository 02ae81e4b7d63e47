import { type SearchIndex } from '../search-index.ts';
import { fieldWeights } from '../search-fields.ts';
import type { QueryPlan, QueryTerm } from './parse-query.ts';
import { expandClauses } from './expand-groups.ts';
import { matchGroup, prefixCompletionFactor, type GroupMatches, type TermSpec } from './match-group.ts';
import { toParsed } from './match-words.ts';
import { groupFilters, textTerms } from './query-terms.ts';
import type { RowStore } from './row-store.ts';
import type { ScoreBoard } from './score-board.ts';
import type { PrefixCache } from './prefix-cache.ts';
import type { Alternative } from './verify-hits.ts';

/** What a verified phrase adds: enough to lift it above the same words scattered. */
export const phraseBonus = fieldWeights.title;

/** The articles an index lookup found for a query, before filters, exclusions and phrase checks. */
export interface Candidates {
  readonly ids: Int32Array;
  /** Each candidate's best possible score (its best alternative's). */
  readonly scores: Float64Array;
  /** A candidate's alternatives, best first. */
  readonly alternativesOf: (id: number, score: number) => readonly Alternative[];
  /** Whether a candidate's best alternative has phrases to verify. */
  readonly needsPhrase: (id: number) => boolean;
}

/** The terms of an AND-group as the matcher takes them: each word, and the typed prefix's completions. */
export function specsOf(group: readonly QueryTerm[], index: SearchIndex, prefixes?: PrefixCache): TermSpec[] {
  const parsed = toParsed(group, index);
  const specs: TermSpec[] = parsed.terms.map((term) => ({ alternatives: [{ term, factor: 1 }] }));
  if (parsed.prefix !== null) {
    const prefix = parsed.prefix;
    const cached = prefixes?.entry(prefix, index);
    const completions = cached?.completions ?? index.vocabulary.expand(prefix);
    specs.push({
      alternatives: completions.map((term) => ({
        term,
        factor: term === prefix ? 1 : prefixCompletionFactor,
      })),
      ...(cached === undefined ? {} : { cached }),
    });
  }
  return specs;
}

/** The articles matching every word term of one AND-group (phrases' words included; filters ignored). */
export function groupMatches(
  group: readonly QueryTerm[],
  index: SearchIndex,
  board: ScoreBoard,
): GroupMatches {
  const specs = specsOf(group, index);
  return matchGroup(specs, (field, term) => index.postings(field, term), board);
}

/** The matches whose rows pass `keep`, compacted in place (the arrays are fresh copies per lookup). */
function compact(matches: GroupMatches, keep: (id: number) => boolean): GroupMatches {
  const { ids, scores } = matches;
  let kept = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    if (!keep(id)) continue;
    ids[kept] = id;
    scores[kept] = scores[i] ?? 0;
    kept += 1;
  }
  return { ids: ids.subarray(0, kept), scores: scores.subarray(0, kept) };
}

/**
 * One AND-group's matches: its words looked up in the index, then the filters written inside its
 * parentheses applied to the rows; a group of filters only starts from every article. Null for a
 * group with nothing to search.
 */
export function filteredGroupMatches(
  group: readonly QueryTerm[],
  index: SearchIndex,
  board: ScoreBoard,
  rows: RowStore,
): GroupMatches | null {
  const filters = groupFilters(group);
  const searched = specsOf(group, index).length > 0;
  // Without filters the rows are not needed at all (reading them is the filter queries' cost).
  if (filters.length === 0) return searched ? groupMatches(group, index, board) : null;
  const passes = rows.filter(filters);
  if (!searched) {
    const ids = Int32Array.from(rows.ids());
    return compact({ ids, scores: new Float64Array(ids.length) }, passes);
  }
  return compact(groupMatches(group, index, board), passes);
}

/** What an article found by `group` with `score` must still show (phrases) and gets for them. */
export function alternativeOf(group: readonly QueryTerm[], score: number): Alternative {
  const text = textTerms(group);
  const phrases = text.filter((t) => t.kind === 'phrase').map((t) => t.text);
  const words = text.filter((t) => t.kind === 'word' && !t.prefix).map((t) => t.text);
  return {
    score: score + phrases.length * phraseBonus,
    phrases,
    adjacent: words.length > 1 ? words.join(' ') : null,
  };
}

/** Every AND-group's matches merged: one group stays in typed arrays; several are merged by id. */
export function gatherCandidates(
  plan: QueryPlan,
  index: SearchIndex,
  board: ScoreBoard,
  rows: RowStore,
): Candidates {
  const found: { group: readonly QueryTerm[]; matches: GroupMatches }[] = [];
  for (const group of plan.groups) {
    const matches = filteredGroupMatches(group, index, board, rows);
    if (matches !== null) found.push({ group, matches });
  }
  const [only] = found;
  if (found.length === 1 && only !== undefined) {
    const { ids, scores } = only.matches;
    const bonus = alternativeOf(only.group, 0).score;
    if (bonus !== 0) for (let i = 0; i < scores.length; i += 1) scores[i] = (scores[i] ?? 0) + bonus;
    const phrases = alternativeOf(only.group, 0).phrases.length > 0;
    return {
      ids,
      scores,
      alternativesOf: (_, score) => [alternativeOf(only.group, score - bonus)],
      needsPhrase: () => phrases,
    };
  }
  const merged = new Map<number, Alternative[]>();
  for (const { group, matches } of found) {
    const { ids, scores } = matches;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] ?? 0;
      const alternative = alternativeOf(group, scores[i] ?? 0);
      const known = merged.get(id);
      if (known === undefined) merged.set(id, [alternative]);
      else known.push(alternative);
    }
  }
  const ids = new Int32Array(merged.size);
  const scores = new Float64Array(merged.size);
  let at = 0;
  for (const [id, alternatives] of merged) {
    alternatives.sort((a, b) => b.score - a.score);
    ids[at] = id;
    scores[at] = alternatives[0]?.score ?? 0;
    at += 1;
  }
  return {
    ids,
    scores,
    alternativesOf: (id) => merged.get(id) ?? [],
    needsPhrase: (id) => (merged.get(id)?.[0]?.phrases.length ?? 0) > 0,
  };
}

/** Every article, unscored: the candidates of a query made only of filters. */
export function everyArticle(ids: readonly number[]): Candidates {
  const none: readonly Alternative[] = [{ score: 0, phrases: [], adjacent: null }];
  return {
    ids: Int32Array.from(ids),
    scores: new Float64Array(ids.length),
    alternativesOf: () => none,
    needsPhrase: () => false,
  };
}

/** Excluded terms as AND-groups: an article matching any whole group (its filters included) is dropped. */
export function exclusionGroups(plan: QueryPlan): QueryTerm[][] {
  return plan.exclusions.flatMap((e): QueryTerm[][] =>
    e.kind === 'group'
      ? expandClauses(e.clauses).groups.map((g) => [...g])
      : [
          [
            e.kind === 'word'
              ? { kind: 'word', text: e.text, prefix: false }
              : { kind: 'phrase', text: e.text },
          ],
        ],
  );
}
