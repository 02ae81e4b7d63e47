import { expandClauses, maxGroups } from './expand-groups.ts';
import { filterProblem, type KnownFilter } from './filter-problems.ts';
import type { QueryClause, QueryFilter, QueryGroup, QueryTerm } from './query-terms.ts';
import { tokenizeQuery, type QueryToken } from './tokenize-query.ts';

export type { QueryClause, QueryFilter, QueryGroup, QueryTerm } from './query-terms.ts';

/** Something that excludes every article matching it: a word, a phrase, or a group (`-(a OR b)`). */
export type QueryExclusion =
  | { readonly kind: 'word' | 'phrase'; readonly text: string }
  | { readonly kind: 'group'; readonly clauses: readonly QueryClause[] };

/** A part of the query that was ignored or cut, with the explanation to show. */
export interface QueryProblem {
  readonly text: string;
  readonly message: string;
}

/** The parsed search box. `groups` is `clauses` multiplied out: OR of AND-groups of terms. */
export interface QueryPlan {
  readonly clauses: readonly QueryClause[];
  readonly groups: readonly (readonly QueryTerm[])[];
  readonly exclusions: readonly QueryExclusion[];
  readonly filters: readonly QueryFilter[];
  readonly problems: readonly QueryProblem[];
}

interface Parser {
  readonly tokens: readonly QueryToken[];
  position: number;
  /** Whether the last group read ended on its `)` rather than at the end of the query. */
  closed: boolean;
  readonly typing: boolean;
  readonly exclusions: QueryExclusion[];
  readonly filters: QueryFilter[];
  readonly problems: QueryProblem[];
}

/** Reads clauses until the end, or a `)` when inside a group (depth > 0). */
function parseClauses(parser: Parser, depth: number): QueryClause[] {
  const clauses: (QueryTerm | QueryGroup)[][] = [];
  let joinNext = false;
  const add = (item: QueryTerm | QueryGroup): void => {
    const previous = clauses.at(-1);
    if (joinNext && previous !== undefined) previous.push(item);
    else clauses.push([item]);
    joinNext = false;
  };
  while (parser.position < parser.tokens.length) {
    const index = parser.position;
    const token = parser.tokens[index];
    parser.position += 1;
    if (token === undefined) break;
    if (token.kind === 'close') {
      if (depth > 0) {
        parser.closed = true;
        return clauses;
      }
      parser.problems.push({ text: ')', message: 'A “)” without its “(” was ignored' });
      continue;
    }
    if (token.kind === 'or') {
      // "OR" at the start joins nothing; at the end it is dropped with the empty clause.
      joinNext = clauses.length > 0;
      continue;
    }
    if (token.kind === 'filter') {
      // Still being typed (`moon title:`): no filter yet, no problem, and the word before it is finished.
      if (token.typing === true) continue;
      const raw = token.raw;
      const problem = filterProblem(token.name, token.value, raw);
      if (problem !== null) {
        parser.problems.push({ text: raw, message: problem });
        continue;
      }
      const filter: QueryFilter = {
        field: token.name.toLowerCase() as KnownFilter,
        value: token.value,
        negated: token.negated,
      };
      // Inside parentheses a filter binds its own group: `(site:a OR site:b)`, `(title:x OR lava)`.
      if (depth > 0) add({ kind: 'filter', filter });
      else parser.filters.push(filter);
      continue;
    }
    if (token.kind === 'open') {
      // parseClauses sets `closed` on both of its exits.
      const inner = parseClauses(parser, depth + 1);
      if (!parser.closed) {
        parser.problems.push({
          text: '(',
          message: 'A “(” is not closed: its group runs to the end of the query',
        });
      }
      if (inner.length === 0) continue;
      if (!token.negated)
        add(
          inner.length === 1 && inner[0]?.length === 1 && inner[0][0] !== undefined
            ? inner[0][0]
            : { kind: 'group', clauses: inner },
        );
      else if (depth === 0) parser.exclusions.push({ kind: 'group', clauses: inner });
      else
        parser.problems.push({
          text: '-(',
          message: 'An excluded group inside parentheses was ignored: move it out',
        });
      continue;
    }
    if (token.text.trim() === '') continue;
    if (token.negated) {
      if (depth === 0) parser.exclusions.push({ kind: token.kind, text: token.text });
      else
        parser.problems.push({
          text: `-${token.text}`,
          message: `“-${token.text}” inside parentheses was ignored: move it out`,
        });
      continue;
    }
    const isLast = index === parser.tokens.length - 1;
    add(
      token.kind === 'word'
        ? { kind: 'word', text: token.text, prefix: parser.typing && isLast }
        : { kind: 'phrase', text: token.text },
    );
  }
  parser.closed = false;
  return clauses;
}

/**
 * Parses a search box value. Words are ANDed, `"…"` is a phrase, `-` excludes, `OR` joins the
 * neighbouring terms or groups, `( … )` groups, `name:value` filters (`-name:value` negates).
 * The last plain word is a prefix unless the query ends with whitespace. Bad filters and stray
 * parentheses become problems; the rest of the query still applies. A filter inside parentheses
 * applies to its group only.
 */
export function parseSearchQuery(query: string): QueryPlan {
  const parser: Parser = {
    tokens: tokenizeQuery(query),
    position: 0,
    closed: false,
    // Still typing the last word: the query ends inside a plain word, not after a space, "-" or ")".
    typing: /(?:^|[\s(])[^\s"()-][^\s"()]*$/u.test(query),
    exclusions: [],
    filters: [],
    problems: [],
  };
  const clauses = parseClauses(parser, 0);
  const { groups, truncated } = expandClauses(clauses);
  const excludedTooBroad = parser.exclusions.some(
    (e) => e.kind === 'group' && expandClauses(e.clauses).truncated,
  );
  if (truncated || excludedTooBroad) {
    parser.problems.push({
      text: 'OR',
      message: `Too many OR combinations: only the first ${maxGroups} were searched — narrow the query`,
    });
  }
  return {
    clauses,
    groups,
    exclusions: parser.exclusions,
    filters: parser.filters,
    problems: parser.problems,
  };
}
