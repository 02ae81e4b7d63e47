import { isRussianOrganisationHead, legalSuffixes, organisationHeads } from './organisation-words.ts';
import { calendarWords, nameConnectors, organisationConnectors, stopwords } from './stopwords.ts';
import { tokenAt, type Token } from './tokenize-text.ts';
import { lookUpOrganisation, lookUpPlace } from './gazetteer.ts';

/** A run of tokens that may be a name: indices into the token list, both inclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/** Whether a token can be part of a name: capitalised, not a month or weekday. */
function isNameWord(token: Token): boolean {
  return token.capitalised && (token.acronym || !calendarWords.has(token.lower));
}

/** Whether a token can start a name: a name word that is not a capitalised function word ("The", "In"). */
function canStart(token: Token): boolean {
  return isNameWord(token) && (token.acronym || !stopwords.has(token.lower));
}

function hasOrganisationHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i += 1) if (organisationHeads.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Only single spaces join the words of a name; commas, line breaks and quotes end it. */
function joined(text: string, left: Token, right: Token): boolean {
  return !left.possessive && /^[ \u00a0]$/u.test(text.slice(left.end, right.start));
}

/**
 * How many lower-case connector tokens ("of the", "da", "der") at `from` lead to another name word,
 * or 0. "of"/"for" are accepted only inside an institution's name ("Bank of England"), so that
 * "Tomas Lindqvist of Sweden" stays two names.
 */
function connectorRun(text: string, tokens: readonly Token[], first: number, from: number): number {
  for (let length = 1; length <= 2; length += 1) {
    const words = tokens.slice(from, from + length);
    const next = tokens[from + length];
    if (words.length < length || next === undefined || words.some((word) => word.capitalised)) return 0;
    if (!isNameWord(next)) continue;
    const chain = [tokens[from - 1], ...words, next];
    const linked = chain.every((token, i) => {
      const left = chain[i - 1];
      return i === 0 || (token !== undefined && left !== undefined && joined(text, left, token));
    });
    if (!linked) return 0;
    const orgContext = hasOrganisationHead(tokens, first, from - 1);
    const allowed = words.every(
      (word) => nameConnectors.has(word.lower) || (orgContext && organisationConnectors.has(word.lower)),
    );
    if (allowed) return length;
  }
  return 0;
}

/** Whether two capitalised words are joined by a lone "&" ("Hollins & Marsh", "Marks & Spencer"). */
function ampersand(text: string, left: Token, right: Token): boolean {
  return !left.possessive && right.capitalised && text.slice(left.end, right.start) === ' & ';
}

/**
 * 1 when the token at `from` is "and" inside an institution's name: one capitalised word before it
 * that is no known name, and one or two capitalised words after it ending in a head noun or legal
 * suffix ("Competition and Markets Authority", "Food and Drug Administration"); otherwise 0.
 */
function andBeforeHead(text: string, tokens: readonly Token[], first: number, from: number): number {
  const word = tokens[from];
  if (word?.lower !== 'and' || from - 1 !== first || !joined(text, tokenAt(tokens, first), word)) return 0;
  if (isKnownName(text, tokens, first, first)) return 0;
  let left = word;
  for (let i = from + 1; i <= from + 2 && i < tokens.length; i += 1) {
    const token = tokenAt(tokens, i);
    if (!isNameWord(token) || !joined(text, left, token)) return 0;
    if (i > from + 1 && (organisationHeads.has(token.lower) || legalSuffixes.has(token.lower))) return 1;
    left = token;
  }
  return 0;
}

/**
 * Russian and French institutions are written with lower-case words after the first
 * ("Московского государственного университета", "Banque mondiale"): extend such a span over up to
 * three lower-case words when they reach a head noun (Russian) or follow one (French).
 */
function lowerCaseTail(tokens: readonly Token[], span: Span, lang: string, text: string): number {
  const head = tokens[span.first];
  if (head === undefined) return span.last;
  if (lang === 'ru') {
    for (let i = span.last + 1; i <= span.last + 3 && i < tokens.length; i += 1) {
      const token = tokenAt(tokens, i);
      if (token.capitalised || stopwords.has(token.lower) || !joined(text, tokenAt(tokens, i - 1), token))
        return span.last;
      if (isRussianOrganisationHead(token.lower)) {
        // "банка развития": an abstract noun in the genitive completes the name.
        const next = tokens[i + 1];
        const completes =
          next !== undefined && !next.capitalised && /(?:ия|ства|ости|ения)$/u.test(next.lower);
        return completes && joined(text, token, next) ? i + 1 : i;
      }
    }
  }
  if (lang === 'fr' && span.first === span.last && organisationHeads.has(head.lower)) {
    let last = span.last;
    for (let i = span.last + 1; i <= span.last + 1 && i < tokens.length; i += 1) {
      const token = tokenAt(tokens, i);
      if (token.capitalised || stopwords.has(token.lower) || !joined(text, tokenAt(tokens, i - 1), token))
        break;
      last = i;
    }
    return last;
  }
  return span.last;
}

/** Finds the capitalised sequences of a text that may be names, joined by name connectors. */
export function findCapitalisedSpans(text: string, tokens: readonly Token[], lang: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStart(tokenAt(tokens, i))) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokenAt(tokens, last + 1);
      if (
        isNameWord(next) &&
        (joined(text, tokenAt(tokens, last), next) || ampersand(text, tokenAt(tokens, last), next))
      ) {
        last += 1;
        continue;
      }
      const run = connectorRun(text, tokens, first, last + 1) || andBeforeHead(text, tokens, first, last + 1);
      if (run === 0) break;
      last += run + 1;
    }
    const span = knownNameAround(text, tokens, {
      first,
      last: lowerCaseTail(tokens, { first, last }, lang, text),
    });
    spans.push(span);
    i = span.last + 1;
  }
  return spans;
}

function isKnownName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const name = text.slice(tokenAt(tokens, first).start, tokenAt(tokens, last).end);
  return lookUpPlace(name) !== undefined || lookUpOrganisation(name) !== undefined;
}

/**
 * Widens a span to a known place or institution whose name starts with a function word or goes on in
 * lower case ("La Paz", "Nations unies"), which the capitalisation rules alone would cut.
 */
function knownNameAround(text: string, tokens: readonly Token[], span: Span): Span {
  let first = span.first;
  const last = span.last;
  const previous = tokens[first - 1];
  if (previous !== undefined && previous.capitalised && joined(text, previous, tokenAt(tokens, first)))
    if (isKnownName(text, tokens, first - 1, last)) first -= 1;
  for (let extra = 2; extra >= 1; extra -= 1) {
    const end = last + extra;
    if (
      end >= tokens.length ||
      tokens.slice(last + 1, end + 1).some((t, i) => !joined(text, tokenAt(tokens, last + i), t))
    )
      continue;
    if (isKnownName(text, tokens, first, end)) return { first, last: end };
  }
  return { first, last };
}
