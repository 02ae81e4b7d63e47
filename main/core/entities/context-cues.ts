import type { EntityType } from './entity-types.ts';
import { givenNames } from './given-names.ts';
import { tokenAt, type Token } from './tokenize-text.ts';

// Words around a capitalised name that say what it is, in English news style. Read only for short
// spans no gazetteer, title or head noun typed, and never for a name starting with a given name.

/** Prepositions that put a place after them ("in Mwanza", "near Arusha", "across Tyrol"). */
const placeBefore =
  /(?:^|[^\p{L}])(?:in|near|across|outside|around|towards|toward|throughout|north of|south of|east of|west of|parts of)\s$/iu;

/** Phrases before an organisation ("shares in X", "a stake in X", "workers at X"). */
const organisationBefore =
  /(?:shares in|shares of|stake in|takeover of|acquisition of|bid for|owned by|acquired by|bought by|workers at|staff at|employees at|analysts at|economists at|spokesperson for|spokeswoman for|spokesman for)\s$/iu;

/** Phrases after an organisation ("X said in a statement", "X's chief executive", "X shares"). */
const organisationAfter =
  /^(?:['’]s)?\s(?:said in a statement|chief executive|chairman|chairwoman|board|shareholders|shares|share price|annual report|spokesperson|spokeswoman|spokesman)\b/iu;

/** The type the words around tokens first..last give a one- or two-word name, or undefined. */
export function contextType(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): EntityType | undefined {
  if (last - first > 1) return undefined;
  const head = tokenAt(tokens, first);
  if (givenNames.has(head.lower) || head.acronym) return undefined;
  const before = text.slice(Math.max(0, head.start - 40), head.start);
  const after = text.slice(tokenAt(tokens, last).end, tokenAt(tokens, last).end + 40);
  if (organisationBefore.test(before) || organisationAfter.test(after)) return 'organisation';
  // "in Akhtar's budget" is about a person: a possessive after "in" is no place.
  if (placeBefore.test(before) && !tokenAt(tokens, last).possessive) return 'place';
  return undefined;
}
