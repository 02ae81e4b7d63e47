import { findCapitalisedSpans, type Span } from './capitalised-spans.ts';
import { classifySpan, makeMention, type EntityHint, type SpanContext } from './classify-span.ts';
import { entityLanguage } from './entity-language.ts';
import type { SuggestedEntity, TypedMention } from './entity-types.ts';
import { englishHints } from './english-hints.ts';
import { lookUpPlace } from './gazetteer.ts';
import { groupMentions } from './group-mentions.ts';
import { firstWord, lastWord, nameKey } from './normalise-name.ts';
import { legalSuffixes } from './organisation-words.ts';
import { tokenAt, tokenizeText } from './tokenize-text.ts';

export type { EntityMention, EntityType, SuggestedEntity } from './entity-types.ts';

/**
 * A second look at spans no rule typed: a word that is part of a name found elsewhere in the
 * article ("Putin" after "Vladimir Putin", "Northwind" after "Northwind Software Ltd.") takes its type.
 */
function resolveAliases(
  ctx: SpanContext,
  unresolved: readonly Span[],
  found: readonly TypedMention[],
): TypedMention[] {
  const byKey = new Map(found.map((mention) => [mention.key, mention] as const));
  const personWords = new Set(
    found
      .filter((m) => m.type === 'person' && m.key.includes(' '))
      .flatMap((m) => [firstWord(m.key), lastWord(m.key)]),
  );
  const brands = brandKeys(found);
  const resolved: TypedMention[] = [];
  for (const span of unresolved) {
    const mention = makeMention(ctx, span.first, span.last, 'person');
    const known = byKey.get(mention.key);
    if (known !== undefined) resolved.push({ ...mention, type: known.type });
    else if (span.first !== span.last) continue;
    else if (personWords.has(mention.key)) resolved.push(mention);
    else {
      const brand = brands.get(mention.key);
      if (brand !== undefined) resolved.push({ ...mention, type: 'organisation', key: brand });
    }
  }
  return resolved;
}

/** Maps the short name of each branded institution found ("northwind") to the institution's key. */
function brandKeys(found: readonly TypedMention[]): ReadonlyMap<string, string> {
  const brands = new Map<string, string>();
  for (const m of found)
    if (m.type === 'organisation' && isBrand(m.key.split(' '))) brands.set(firstWord(m.key), m.key);
  return brands;
}

/**
 * Whether an institution's first word is its own short name ("Northwind" of "Northwind Software Ltd.",
 * "Harvard" of "Harvard University"): not an adjective ("European Union") and not a place.
 */
function isBrand(words: readonly string[]): boolean {
  const head = words[0] ?? '';
  const tail = words.at(-1) ?? '';
  return (
    words.length > 1 &&
    (legalSuffixes.has(tail) || brandHeads.has(tail)) &&
    !/(?:an|ish|ese|al|ic|ern|ch|sche|en)$/u.test(head) &&
    lookUpPlace(head) === undefined
  );
}

const brandHeads = new Set(['university', 'club', 'group', 'software', 'motors', 'platforms', 'electronics']);

/**
 * Suggests the people, organisations and places of a cleaned article text. Pure and offline:
 * mentions carry offsets into `text` (end exclusive), and each entity is named by the fullest form
 * the article uses. `lang` is the article's language tag; without one the language is guessed.
 */
export function suggestEntities(text: string, lang?: string | null): SuggestedEntity[] {
  const language = entityLanguage(text, lang);
  const tokens = tokenizeText(text);
  const hints: EntityHint[] = language === 'en' ? englishHints(text) : [];
  const ctx: SpanContext = { text, tokens, lang: language, hints };
  const found: TypedMention[] = [];
  const unresolved: Span[] = [];
  for (const whole of findCapitalisedSpans(text, tokens, language)) {
    // A capitalised sentence opener is usually an ordinary word ("Ask Lindqvist"): try without it.
    const opener =
      tokenAt(tokens, whole.first).sentenceStart &&
      whole.first < whole.last &&
      tokenAt(tokens, whole.first + 1).capitalised;
    let typed = classifySpan(ctx, whole);
    const span = typed.length === 0 && opener ? { first: whole.first + 1, last: whole.last } : whole;
    if (span !== whole) typed = classifySpan(ctx, span);
    if (typed.length > 0) found.push(...typed);
    else unresolved.push(span);
  }
  found.push(...resolveAliases(ctx, unresolved, found));
  return groupMentions(preferPeople(found));
}

/**
 * A lone word that is part of a person's name in this article is that person, and the short name of an
 * institution found in full is that institution, whatever a library guessed ("Everton" is also a place).
 */
function preferPeople(found: readonly TypedMention[]): TypedMention[] {
  const personWords = new Set(
    found.filter((m) => m.type === 'person' && m.key.includes(' ')).map((m) => lastWord(m.key)),
  );
  const brands = brandKeys(found);
  return found.map((m) => {
    if (m.type === 'person' || m.key.includes(' ')) return m;
    if (personWords.has(m.key) && lookUpPlace(m.text) === undefined) return { ...m, type: 'person' };
    const brand = m.type === 'organisation' ? undefined : brands.get(m.key);
    return brand === undefined ? m : { ...m, type: 'organisation', key: brand };
  });
}

/** The comparison key of an entity name (case, diacritics and Russian case endings ignored). */
export const entityNameKey = nameKey;
