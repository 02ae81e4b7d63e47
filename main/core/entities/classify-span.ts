import type { Span } from './capitalised-spans.ts';
import type { EntityType, TypedMention } from './entity-types.ts';
import {
  lookUpOrganisation,
  lookUpPlace,
  placePrefixes,
  placeSuffixes,
  streetParticles,
  streetWords,
} from './gazetteer.ts';
import { givenNames } from './given-names.ts';
import { nameKey } from './normalise-name.ts';
import { isRussianOrganisationHead, legalSuffixes, organisationHeads } from './organisation-words.ts';
import { ambiguousPlaces, organisationConnectors } from './stopwords.ts';
import { contextType } from './context-cues.ts';
import { roleWords, titleWords, weakTitleFollowers } from './titles.ts';
import { tokenAt, type Token } from './tokenize-text.ts';

/** A typed range an NLP library found (character offsets), used to type the rules' spans. */
export interface EntityHint {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** What the span rules read. */
export interface SpanContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lang: string;
  readonly hints: readonly EntityHint[];
}

/** Acronyms that name no organisation. */
const plainAcronyms = new Set(
  `ceo cfo gdp tv ai it ok pm am utc usd eur gbp lng co2 covid hiv aids dna vat ipo etf chips ceasefire`.split(
    ' ',
  ),
);

/** A typed mention of tokens first..last; places and known organisations are keyed on their canonical name. */
export function makeMention(ctx: SpanContext, first: number, last: number, type: EntityType): TypedMention {
  const start = tokenAt(ctx.tokens, first).start;
  const end = tokenAt(ctx.tokens, last).end;
  const text = ctx.text.slice(start, end);
  const canonical =
    type === 'place' ? lookUpPlace(text) : type === 'organisation' ? lookUpOrganisation(text) : undefined;
  return { start, end, text, type, key: nameKey(canonical ?? text) };
}

function isHead(token: Token, lang: string): boolean {
  if (organisationHeads.has(token.lower)) return true;
  if (lang === 'ru') return isRussianOrganisationHead(token.lower);
  // German compounds end in their head noun ("Fahrgastverband", "Bundesbahnen").
  if (lang === 'de')
    return [...organisationHeads].some((head) => head.length >= 4 && token.lower.endsWith(head));
  return false;
}

function isOrganisation(ctx: SpanContext, first: number, last: number): boolean {
  const tokens = ctx.tokens.slice(first, last + 1);
  if (tokens.length < 2) return false;
  if (legalSuffixes.has(tokenAt(tokens, -1).lower)) return true;
  return tokens.some((token) => isHead(token, ctx.lang));
}

function isPlaceByAffix(tokens: readonly Token[]): boolean {
  // Only towns are named "X upon Y" ("Newcastle upon Tyne", "Kingston upon Thames").
  if (tokens.some((token) => token.lower === 'upon')) return true;
  return (
    tokens.length >= 2 &&
    (placeSuffixes.has(tokenAt(tokens, -1).lower) || placePrefixes.has(tokenAt(tokens, 0).lower))
  );
}

/** A street or square named kind first, then a particle, then its name ("Rue de Rivoli"). */
function isStreet(tokens: readonly Token[]): boolean {
  return (
    tokens.length >= 3 &&
    streetWords.has(tokenAt(tokens, 0).lower) &&
    streetParticles.has(tokenAt(tokens, 1).lower)
  );
}

/** A person named after a title: leading places ("Президент Казахстана Касым-Жомарт Токаев") split off. */
function titledPerson(ctx: SpanContext, first: number, last: number): TypedMention[] {
  const found: TypedMention[] = [];
  let from = first;
  while (from < last && lookUpPlace(tokenAt(ctx.tokens, from).word) !== undefined) {
    found.push(makeMention(ctx, from, from, 'place'));
    from += 1;
  }
  const lone = from === last && organisationHeads.has(tokenAt(ctx.tokens, from).lower);
  if (last - from < 6 && !lone) found.push(makeMention(ctx, from, last, 'person'));
  return found;
}

/** The index of the last title word inside the span that a name follows, or -1. */
function titleIndex(ctx: SpanContext, first: number, last: number): number {
  for (let k = last - 1; k >= first; k -= 1) {
    const token = tokenAt(ctx.tokens, k);
    if (!titleWords.has(token.lower) || !token.capitalised) continue;
    const rest = ctx.tokens.slice(k + 1, last + 1);
    const next = tokenAt(rest, 0);
    if (!next.capitalised || rest.some((t) => organisationConnectors.has(t.lower))) return -1;
    if (rest.length === 1 && (weakTitleFollowers.has(next.lower) || organisationHeads.has(next.lower)))
      return -1;
    if (isOrganisation(ctx, k + 1, last) || isOrganisation(ctx, first, k)) return -1;
    return k;
  }
  return -1;
}

/** Whether a lower-case title word stands just before the span ("президент России Владимир Путин"). */
function titledFromBefore(ctx: SpanContext, first: number): boolean {
  const reach = ctx.lang === 'en' ? 1 : 2;
  for (let back = 1; back <= reach; back += 1) {
    const token = ctx.tokens[first - back];
    if (
      token === undefined ||
      token.possessive ||
      /[,.;:!?\n]/u.test(ctx.text.slice(token.end, tokenAt(ctx.tokens, first - back + 1).start))
    )
      return false;
    if (titleWords.has(token.lower)) return true;
    if (ctx.lang === 'en' && !token.capitalised && roleWords.has(token.lower)) return true;
  }
  return false;
}

/** Mentions from an NLP hint overlapping the span, or null when no hint types it. */
function fromHints(ctx: SpanContext, first: number, last: number): TypedMention[] | null {
  const start = tokenAt(ctx.tokens, first).start;
  const end = tokenAt(ctx.tokens, last).end;
  const found: TypedMention[] = [];
  const overlapping = ctx.hints.filter((hint) => hint.end > start && hint.start < end);
  // A library may split one name into pieces ("Vladimir", "Putin's"): join the person pieces.
  const people = overlapping.filter((hint) => hint.type === 'person');
  const joinedPeople: EntityHint[] =
    people.length > 1
      ? [
          {
            start: Math.min(...people.map((h) => h.start)),
            end: Math.max(...people.map((h) => h.end)),
            type: 'person',
          },
        ]
      : people;
  for (const hint of [...joinedPeople, ...overlapping.filter((h) => h.type !== 'person')]) {
    // Organisations and places must be the span itself, not a phrase around it ("Swedish government").
    if (
      hint.type !== 'person' &&
      (hint.start > start || hint.end < end || hint.start < start - 4 || hint.end > end + 1)
    )
      continue;
    let from = first;
    let to = last;
    while (from <= to && tokenAt(ctx.tokens, from).end <= hint.start) from += 1;
    while (to >= from && tokenAt(ctx.tokens, to).start >= hint.end) to -= 1;
    while (from <= to && titleWords.has(tokenAt(ctx.tokens, from).lower)) from += 1;
    // A lone head noun ("Office", "League") is never a name by itself.
    if (from === to && organisationHeads.has(tokenAt(ctx.tokens, from).lower)) continue;
    if (from <= to && !found.some((m) => m.start === tokenAt(ctx.tokens, from).start))
      found.push(makeMention(ctx, from, to, hint.type));
  }
  return found.length > 0 ? found : null;
}

/** Types a capitalised span by the rules; an empty list leaves it unresolved for the alias pass. */
export function classifySpan(ctx: SpanContext, span: Span): TypedMention[] {
  const { first, last } = span;
  const tokens = ctx.tokens.slice(first, last + 1);
  const text = ctx.text.slice(tokenAt(tokens, 0).start, tokenAt(tokens, -1).end);
  const single = first === last;
  if (lookUpOrganisation(text) !== undefined) return [makeMention(ctx, first, last, 'organisation')];
  if (lookUpPlace(text) !== undefined) {
    const doubtful =
      single && tokenAt(tokens, 0).sentenceStart && ambiguousPlaces.has(tokenAt(tokens, 0).lower);
    return doubtful ? [] : [makeMention(ctx, first, last, 'place')];
  }
  const k = titleIndex(ctx, first, last);
  if (k >= 0) {
    const before = k > first ? classifySpan(ctx, { first, last: k - 1 }) : [];
    return [...before, ...titledPerson(ctx, k + 1, last)];
  }
  if (isOrganisation(ctx, first, last)) {
    // A role word that opens a sentence or a phrase is not part of the institution ("Глава банка",
    // "Vorsitzende der Gewerkschaft"); "Premier League" keeps its first word.
    let from = first;
    const role = tokenAt(ctx.tokens, first);
    const next = tokenAt(ctx.tokens, first + 1);
    if (titleWords.has(role.lower) && (role.sentenceStart || !next.capitalised))
      while (
        from < last &&
        (titleWords.has(tokenAt(ctx.tokens, from).lower) || !tokenAt(ctx.tokens, from).capitalised)
      )
        from += 1;
    return isOrganisation(ctx, from, last) ? [makeMention(ctx, from, last, 'organisation')] : [];
  }
  const before = ctx.text[tokenAt(tokens, 0).start - 1];
  const after = ctx.text[tokenAt(tokens, -1).end];
  if (ctx.lang === 'ru' && before === '«' && after === '»')
    return [makeMention(ctx, first, last, 'organisation')];
  if (single && tokenAt(tokens, 0).acronym) {
    if (plainAcronyms.has(tokenAt(tokens, 0).lower.replace(/\./gu, ''))) return [];
    return [makeMention(ctx, first, last, 'organisation')];
  }
  if (isPlaceByAffix(tokens)) return [makeMention(ctx, first, last, 'place')];
  if (titledFromBefore(ctx, first)) return titledPerson(ctx, first, last);
  if (isAppositiveName(ctx, first, last)) return [makeMention(ctx, first, last, 'person')];
  // After a title or a role: "the actress Rue McClanahan" stays a person.
  if (isStreet(tokens)) return [makeMention(ctx, first, last, 'place')];
  if (isFirm(ctx, first, last)) return [makeMention(ctx, first, last, 'organisation')];
  const cued = ctx.lang === 'en' ? contextType(ctx.text, ctx.tokens, first, last) : undefined;
  if (cued !== undefined) return [makeMention(ctx, first, last, cued)];
  const hinted = fromHints(ctx, first, last);
  if (hinted !== null) return hinted;
  if (!single && tokens.length <= 4 && givenNames.has(tokenAt(tokens, 0).lower))
    return [makeMention(ctx, first, last, 'person')];
  return [];
}

/**
 * A two- or three-word name set off by commas after a role ("its deputy director, Ursula Pachl,")
 * is a person: news style names people this way, and places and institutions were typed before.
 */
function isAppositiveName(ctx: SpanContext, first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  const tokens = ctx.tokens.slice(first, last + 1);
  if (tokens.some((token) => !token.capitalised || token.acronym || lookUpPlace(token.word) !== undefined))
    return false;
  const before = ctx.text.slice(Math.max(0, tokenAt(tokens, 0).start - 2), tokenAt(tokens, 0).start);
  const after = ctx.text[tokenAt(tokens, -1).end] ?? '';
  const previous = ctx.tokens[first - 1];
  return (
    before === ', ' && (after === ',' || after === '.') && previous !== undefined && !previous.capitalised
  );
}

/** Two names joined by "&" are a firm ("Hollins & Marsh", "Marks & Spencer"): people are never written so. */
function isFirm(ctx: SpanContext, first: number, last: number): boolean {
  for (let i = first; i < last; i += 1)
    if (/^ & $/u.test(ctx.text.slice(tokenAt(ctx.tokens, i).end, tokenAt(ctx.tokens, i + 1).start)))
      return true;
  return false;
}
