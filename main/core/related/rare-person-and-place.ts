import { nearlyUniqueWeight, storyOwnDays, type Evidence } from './explain-relation.ts';
import { isFullName } from './full-name-match.ts';

// Round 27: a first report and its follow-up days later often share no figure and no organisation,
// only who and where: the witness quoted in full, the thing the story turns on (a work, a structure,
// a site) and the small place it happened. Each alone is the cast of many stories; a rare full name of
// a person together with a rare town no gazetteer lists and another rare name that is no person, all
// nearly unique to the pair and within a few days, is this story's own cast. It backs a confident
// score as a shared figure does (corroboration.ts), as the named cast does (named-cast-backing.ts).
// Pairs sharing only who, without what, are held before corroboration (cast-without-story.ts), so
// this keeps only a pair that already scored confidently.

/**
 * Whether the pair shares, within four days, a rare full name of a person, a rare town that is no
 * gazetteer place, and another rare name that is neither a person nor a place.
 */
export function sharesRarePersonAndPlace(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyOwnDays) return false;
  const rare = evidence.entities.filter((e) => e.weight >= nearlyUniqueWeight);
  const person = rare.some((e) => e.type === 'person' && e.person === true && isFullName(e.name));
  // A gazetteer place is the scene many stories share; a town few articles name is this story's.
  const town = rare.some((e) => e.type === 'place' && e.person !== true && e.scene !== true);
  const other = rare.some((e) => e.type !== 'person' && e.type !== 'place' && e.person !== true);
  return person && town && other;
}
