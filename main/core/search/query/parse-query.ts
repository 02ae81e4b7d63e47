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
  /** A lone `-` or an empty open quote ending the query: still being typed, explained only if it is all there is. */
  unfinished: '-' | '"' | '-"' | null;
  readonly exclusions: QueryExclusion[];
  readonly filters: QueryFilter[];
  readonly problems: QueryProblem[];
}

const loneDash =
  'A “-” on its own leaves nothing out: write it right before a word, "a phrase" or a filter (-word)';

/** The problem of an OR beside an exclusion (`excluded` as written: -word, -"a phrase", -( … )). */
function orBesideExclusion(excluded: string): QueryProblem {
  return {
    text: `OR ${excluded}`,
    message: `OR joins words, phrases and groups; ${excluded} leaves its words out of the whole search, so the OR beside it was ignored`,
  };
}

/** The problem of an OR beside a filter outside parentheses (`raw` as written). */
function orBesideFilter(raw: string): QueryProblem {
  return {
    text: `OR ${raw}`,
    message: `${raw} applies to the whole search, so the OR beside it was ignored: to search either side, put both in parentheses (${raw} OR …)`,
  };
}

/** What a query that is only an unfinished `-` or `"` is told: it searches for nothing yet. */
const unfinishedHelp = {
  '-': 'A “-” leaves out the word typed right after it, with no space (-word): type that word',
  '"': 'A “"” starts a phrase: type its words after it ("outer space")',
  '-"': 'A “-"” starts a phrase to leave out: type its words after it (-"outer space")',
} as const;

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
  // `moon OR -cheese x`, `mars -cheese OR moon`: an exclusion leaves its words out of the whole search,
  // so an OR on either side of it joins nothing (it would join the words around it), and says so.
  const orBesideExcluded = (excluded: string): void => {
    const orAfter = parser.tokens[parser.position]?.kind === 'or';
    if (depth > 0 || !(joinNext || orAfter)) return;
    parser.problems.push(orBesideExclusion(excluded));
    joinNext = false;
    if (orAfter) parser.position += 1;
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
    if (token.kind === 'dash') {
      if (index === parser.tokens.length - 1) parser.unfinished = '-';
      else parser.problems.push({ text: '-', message: loneDash });
      continue;
    }
    if (token.kind === 'filter') {
      // Still being typed (`moon title:`): no filter yet, no problem, and the word before it is finished.
      if (token.typing === true) continue;
      const raw = token.raw;
      const problem = filterProblem(token.name, token.value, raw);
      const orAfter = parser.tokens[index + 1]?.kind === 'or';
      if (problem !== null) {
        parser.problems.push({ text: raw, message: problem });
        // An OR on either side joined the dropped filter: it must not reach past it to a word.
        joinNext = false;
        if (orAfter) parser.position += 1;
        continue;
      }
      const filter: QueryFilter = {
        field: token.name.toLowerCase() as KnownFilter,
        value: token.value,
        negated: token.negated,
      };
      // Inside parentheses a filter binds its own group: `(site:a OR site:b)`, `(title:x OR lava)`.
      if (depth > 0) {
        add({ kind: 'filter', filter });
        continue;
      }
      // Anywhere else it applies to the whole search. An OR beside it joins nothing and says so:
      // `moon OR site:a x` is moon and x on site a. Read as a side of the OR, the filter's side would be
      // every article it keeps (~100 ms at 100,000 articles on every keystroke of `moon OR site:…`).
      parser.filters.push(filter);
      if (joinNext || orAfter) {
        parser.problems.push(orBesideFilter(raw));
        joinNext = false;
        if (orAfter) parser.position += 1;
      }
      continue;
    }
    if (token.kind === 'open') {
      const explained = parser.problems.length;
      // parseClauses sets `closed` on both of its exits.
      const inner = parseClauses(parser, depth + 1);
      if (!parser.closed) {
        parser.problems.push({
          text: '(',
          message: 'A “(” is not closed: its group runs to the end of the query',
        });
      }
      if (inner.length === 0) {
        // `()`: nothing inside, and nothing said about it yet (a bad filter inside was explained).
        if (parser.closed && parser.problems.length === explained)
          parser.problems.push({ text: '()', message: 'An empty group “()” was ignored' });
        continue;
      }
      if (token.negated) orBesideExcluded('-( … )');
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
    if (token.text.trim() === '') {
      const mark = token.negated ? '-"' : '"';
      if (token.kind === 'phrase' && !token.closed) parser.unfinished = mark;
      else parser.problems.push({ text: `${mark}"`, message: `An empty phrase “${mark}"” was ignored` });
      continue;
    }
    if (token.negated) {
      orBesideExcluded(token.kind === 'phrase' ? `-"${token.text}"` : `-${token.text}`);
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
    unfinished: null,
    exclusions: [],
    filters: [],
    problems: [],
  };
  const clauses = parseClauses(parser, 0);
  const searchesNothing =
    clauses.length === 0 && parser.exclusions.length === 0 && parser.filters.length === 0;
  if (parser.unfinished !== null && searchesNothing) {
    parser.problems.push({ text: parser.unfinished, message: unfinishedHelp[parser.unfinished] });
  }
  // A query of nothing but OR: with a word after it, "OR" would have been an operator too.
  if (searchesNothing && parser.problems.length === 0 && parser.tokens.some((t) => t.kind === 'or')) {
    parser.problems.push({
      text: 'OR',
      message: 'OR joins two words or groups: type one on each side (moon OR mars)',
    });
  }
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
    // One explanation of each mistake, however often it is made (`a - b - c`).
    problems: parser.problems.filter(
      (problem, at, all) =>
        all.findIndex((p) => p.text === problem.text && p.message === problem.message) === at,
    ),
  };
}
