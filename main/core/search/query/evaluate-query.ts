import type { DatabaseSync } from 'node:sqlite';
import { rankMatches, type RankedId } from '../rank.ts';
import { fieldWeights, searchFields, type SearchIndex } from '../search-index.ts';
import type { WordMatcher } from '../snippet.ts';
import type { QueryPlan, QueryTerm } from './parse-query.ts';
import { expandClauses } from './expand-groups.ts';
import { sortByDate, type SearchSort } from './sort-hits.ts';
import { applyFilters } from './apply-filters.ts';
import { queryMatcher, toParsed } from './match-words.ts';
import { containsPhrase, normalizeText } from './normalize-text.ts';
import { allArticleIds, phraseFields, searchRowsByIds, type SearchRow } from './search-rows.ts';
import { verifyInOrder, type Alternative, type Candidate } from './verify-hits.ts';

/** What a verified phrase adds: enough to lift it above the same words scattered. */
const phraseBonus = fieldWeights.title;
/** Plain words found adjacent are checked only among this many best hits. */
const adjacencyChecks = 50;

/** The first ranked hits of a query, how many there are, and the matcher that highlights its words. */
export interface Evaluated {
  /** Hits in order, at least the first `want` of them (all of them when `totalIsEstimate` is false and want is unbounded). */
  readonly ranked: readonly RankedId[];
  readonly total: number;
  /** Phrases were verified only until the page was filled: `total` extrapolates the rest. */
  readonly totalIsEstimate: boolean;
  readonly isMatch: WordMatcher;
}

/** Every excluded term as AND-groups: an article matching any group is dropped. */
function exclusionGroups(plan: QueryPlan): QueryTerm[][] {
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

/**
 * Answers a parsed query: index candidates per AND-group, exclusions and filters applied, then
 * phrases verified against the stored text in rank order only until `want` hits are certain.
 */
export function evaluateQuery(
  plan: QueryPlan,
  index: SearchIndex,
  db: DatabaseSync,
  sort: SearchSort = 'relevance',
  want = Infinity,
): Evaluated {
  const docs = new Map<number, string[]>();
  const hasPhrase = (id: number, phrase: string): boolean => {
    let doc = docs.get(id);
    if (doc === undefined) {
      doc = (phraseFields(db, id) ?? []).map(normalizeText);
      docs.set(id, doc);
    }
    return doc.some((f) => containsPhrase(f, phrase));
  };

  const candidates = new Map<number, Alternative[]>();
  if (plan.clauses.length === 0 && plan.filters.length > 0) {
    for (const id of allArticleIds(db)) candidates.set(id, [{ score: 0, phrases: [], adjacent: null }]);
  }
  for (const group of plan.groups) {
    const parsed = toParsed(group, index);
    if (parsed.terms.length === 0 && parsed.prefix === null) continue;
    const completions = parsed.prefix === null ? [] : index.vocabulary.expand(parsed.prefix);
    const phrases = group.filter((t) => t.kind === 'phrase').map((t) => t.text);
    const words = group.filter((t) => t.kind === 'word' && !t.prefix).map((t) => t.text);
    const adjacent = words.length > 1 ? words.join(' ') : null;
    for (const { id, score } of rankMatches(parsed, completions, (field, term) =>
      index.lookup(field, term),
    )) {
      const alternative = { score: score + phrases.length * phraseBonus, phrases, adjacent };
      const known = candidates.get(id);
      if (known === undefined) candidates.set(id, [alternative]);
      else known.push(alternative);
    }
  }

  // Each excluded word is looked up once: the ids with all its terms in some field.
  const wordIds = new Map<string, Set<number>>();
  const hasWord = (id: number, word: string): boolean => {
    let ids = wordIds.get(word);
    if (ids === undefined) {
      const perTerm = index
        .encode(word)
        .map((t) => new Set(searchFields.flatMap((f) => index.lookup(f, t).map(Number))));
      const [first, ...rest] = perTerm;
      ids = new Set([...(first ?? [])].filter((candidate) => rest.every((set) => set.has(candidate))));
      wordIds.set(word, ids);
    }
    return ids.has(id);
  };
  const groups = exclusionGroups(plan);
  // Word-only exclusions are index lookups, applied to every candidate now; phrases wait for verification.
  const wordExclusions = groups.filter((g) => g.every((t) => t.kind === 'word'));
  const phraseExclusions = groups.filter((g) => g.some((t) => t.kind === 'phrase'));
  const hasTerm = (id: number, term: QueryTerm): boolean =>
    term.kind === 'word' ? hasWord(id, term.text) : hasPhrase(id, term.text);

  const kept: Candidate[] = [];
  for (const [id, alternatives] of candidates) {
    if (wordExclusions.some((g) => g.every((t) => hasTerm(id, t)))) continue;
    alternatives.sort((a, b) => b.score - a.score);
    kept.push({ id, score: alternatives[0]?.score ?? 0, alternatives });
  }
  const rows =
    plan.filters.length > 0 || sort === 'date'
      ? new Map(
          searchRowsByIds(
            db,
            kept.map((c) => c.id),
          ).map((row): [number, SearchRow] => [row.id, row]),
        )
      : null;
  const passing =
    plan.filters.length === 0 || rows === null ? null : applyFilters([...rows.values()], plan.filters);
  const matching = (passing === null ? kept : kept.filter((c) => passing.has(c.id))).sort(
    (a, b) => b.score - a.score || b.id - a.id,
  );
  const ordered = sort === 'date' ? sortByDate(matching, (id) => rows?.get(id)?.date ?? null) : matching;

  const verified = verifyInOrder(ordered, {
    want:
      sort === 'relevance' && ordered.some((c) => c.alternatives[0]?.adjacent)
        ? Math.max(want, adjacencyChecks)
        : want,
    excluded:
      phraseExclusions.length === 0
        ? null
        : (id) => phraseExclusions.some((g) => g.every((t) => hasTerm(id, t))),
    hasPhrase,
  });
  let ranked: RankedId[] = verified.hits.map(({ id, score }) => ({ id, score }));
  if (sort === 'relevance') {
    // Typed as separate words but found side by side: ranks with the phrase hits.
    ranked = verified.hits
      .map(({ id, score, alternative }, rank) => {
        const adjacent = alternative.adjacent;
        const bonus =
          adjacent !== null && rank < adjacencyChecks && hasPhrase(id, adjacent) ? phraseBonus : 0;
        return { id, score: score + bonus };
      })
      .sort((a, b) => b.score - a.score || b.id - a.id);
  }
  return {
    ranked,
    total: verified.total,
    totalIsEstimate: verified.totalIsEstimate,
    isMatch: queryMatcher(plan, index),
  };
}
