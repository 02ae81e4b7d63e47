import type { Evidence } from './explain-relation.ts';

// What two articles share splits into who acted (the cast: institutions, one-word names), where
// (places), what kind of thing happened (a kind of story's words) and what is this story's own: a rare
// figure or date, a rare name that is neither a place nor the cast (a company, a site, a person named
// in full). A second episode of one kind of event in one place shares the first three; a follow-up
// repeats at least one of the last (separate-episodes.ts, explain-relation.ts).

/** A shared feature this rare (rarity, shared-evidence.ts) is specific to a story, not a scene or a kind. */
export const specificRarity = 0.5;

/**
 * A place: a gazetteer place or a name typed a place. A name read only from its capitals may as well be
 * a company or a ship, what a story turns on, so sharing one is a shared specific.
 */
const isPlaceLike = (e: Evidence['entities'][number]): boolean => e.type === 'place';

/**
 * An institution or a one-word name read as a person: the cast, which recurs across a place's
 * episodes. A full name of a person (weighed 1 by shared-evidence.ts) is who a story is about: a
 * follow-up repeats it.
 */
const isCast = (e: Evidence['entities'][number]): boolean =>
  e.institution === true || (e.person === true && !(e.type === 'person' && /\s/u.test(e.name.trim())));

/** The specifics of the story a pair shares: its rare figures, and its rare names not places or the cast. */
export function storySpecifics(evidence: Pick<Evidence, 'entities' | 'numbers'>): {
  figures: number;
  names: number;
} {
  return {
    figures: evidence.numbers.filter((n) => n.weight >= specificRarity && n.span !== true).length,
    names: evidence.entities.filter((e) => e.weight >= specificRarity && !isPlaceLike(e) && !isCast(e))
      .length,
  };
}
