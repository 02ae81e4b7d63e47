import type { DatabaseSync } from 'node:sqlite';
import { getText } from '../../store/article-repository.ts';
import { rankMatches, type RankedId } from '../rank.ts';
import { fieldWeights, searchFields, type SearchIndex } from '../search-index.ts';
import type { WordMatcher } from '../snippet.ts';
import type { ParsedQuery } from '../terms.ts';
import type { QueryPlan, QueryTerm } from './parse-query.ts';
import { expandClauses } from './expand-groups.ts';
import { sortByDate, type SearchSort } from './sort-hits.ts';
import { applyFilters } from './apply-filters.ts';
import { containsPhrase, normalizeText } from './normalize-text.ts';
import { allArticleIds, searchRowsByIds, type SearchRow } from './search-rows.ts';

/** What a verified phrase adds: enough to lift it above the same words scattered. */
const phraseBonus = fieldWeights.title;
/** Plain words found adjacent are checked only among this many best hits of a group. */
const adjacencyChecks = 50;

/** The ranked ids of a query and the matcher that highlights its words in snippets. */
export interface Evaluated {
  readonly ranked: readonly RankedId[];
  readonly isMatch: WordMatcher;
}

function toParsed(group: readonly QueryTerm[], index: SearchIndex): ParsedQuery {
  const terms: string[] = [];
  let prefix: string | null = null;
  for (const term of group) {
    // A copy: the encoder caches its arrays, and popping one would corrupt later lookups.
    const encoded = [...index.encode(term.text)];
    if (term.kind === 'word' && term.prefix) prefix = encoded.pop() ?? null;
    terms.push(...encoded);
  }
  return { terms: [...new Set(terms)].filter((t) => t !== prefix), prefix };
}

/** Answers a parsed query: index candidates per AND-group, phrases verified, exclusions and filters applied. */
export function evaluateQuery(
  plan: QueryPlan,
  index: SearchIndex,
  db: DatabaseSync,
  sort: SearchSort = 'relevance',
): Evaluated {
  const docs = new Map<number, string[]>();
  const rows = new Map<number, SearchRow>();
  const docOf = (id: number): string[] => {
    let doc = docs.get(id);
    if (doc === undefined) {
      const row = rowOf(id);
      doc = [row?.title, row?.byline, row?.siteName, getText(db, id)].map((f) => normalizeText(f ?? ''));
      docs.set(id, doc);
    }
    return doc;
  };
  const rowOf = (id: number): SearchRow | undefined => {
    if (!rows.has(id)) for (const row of searchRowsByIds(db, [id])) rows.set(id, row);
    return rows.get(id);
  };
  const hasPhrase = (id: number, phrase: string): boolean => docOf(id).some((f) => containsPhrase(f, phrase));

  const scores = new Map<number, number>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  if (plan.clauses.length === 0 && plan.filters.length > 0) {
    for (const id of allArticleIds(db)) scores.set(id, 0);
  }
  for (const group of plan.groups) {
    const parsed = toParsed(group, index);
    parsed.terms.forEach((t) => exact.add(t));
    if (parsed.prefix !== null) prefixes.push(parsed.prefix);
    if (parsed.terms.length === 0 && parsed.prefix === null) continue;
    const completions = parsed.prefix === null ? [] : index.vocabulary.expand(parsed.prefix);
    const ranked = rankMatches(parsed, completions, (field, term) => index.lookup(field, term));
    const phrases = group.filter((t) => t.kind === 'phrase').map((t) => t.text);
    const words = group.filter((t) => t.kind === 'word' && !t.prefix).map((t) => t.text);
    ranked.forEach(({ id, score }, rank) => {
      if (!phrases.every((p) => hasPhrase(id, p))) return;
      let total = score + phrases.length * phraseBonus;
      // Typed as separate words but found side by side: ranks with the phrase hits.
      if (words.length > 1 && rank < adjacencyChecks && hasPhrase(id, words.join(' '))) total += phraseBonus;
      if (total > (scores.get(id) ?? -1)) scores.set(id, total);
    });
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
  const hasTerm = (id: number, term: QueryTerm): boolean =>
    term.kind === 'word' ? hasWord(id, term.text) : hasPhrase(id, term.text);
  // An excluded group drops the articles matching any of its AND-groups.
  const excludedGroups: QueryTerm[][][] = plan.exclusions.map((e) =>
    e.kind === 'group'
      ? expandClauses(e.clauses).groups
      : [
          [
            e.kind === 'word'
              ? { kind: 'word', text: e.text, prefix: false }
              : { kind: 'phrase', text: e.text },
          ],
        ],
  );
  const kept = [...scores].filter(
    ([id]) => !excludedGroups.some((groups) => groups.some((group) => group.every((t) => hasTerm(id, t)))),
  );
  const passing =
    plan.filters.length === 0
      ? null
      : applyFilters(
          kept.map(([id]) => rowOf(id)).filter((row) => row !== undefined),
          plan.filters,
        );
  const matching = kept
    .filter(([id]) => passing === null || passing.has(id))
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const ranked = sort === 'date' ? sortByDate(matching, (id) => rowOf(id)?.date ?? null) : matching;
  const isMatch: WordMatcher = (word) =>
    index.encode(word).some((t) => exact.has(t) || prefixes.some((p) => t.startsWith(p)));
  return { ranked, isMatch };
}
