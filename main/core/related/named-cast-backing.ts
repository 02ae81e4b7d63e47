import { nearlyUniqueWeight, storyOwnDays, storyWeekDays, type Evidence } from './explain-relation.ts';
import { isFullName, sharedFullNames } from './full-name-match.ts';

// A first report and its follow-up made mostly of quotes may share no figure and have no third article
// to vouch for them, yet name the same people in full and the same organisation within days. One
// shared minister is the cast of many stories; two rare full names of people together with a rare
// organisation they act through, days apart, is this story's own cast: it backs a confident score as a
// shared figure does (corroboration.ts). Pairs sharing only who, without what, are held earlier
// (cast-without-story.ts), so this only keeps a pair that already scored confidently.
// Round 22: one rare full name with two more rare names of the story's setting (organisations, or a
// town few articles name) is as much this story's own cast: a utility's sale and the strike against
// it share the fund, the buyer and one spokesman; a frost and its loss count share the insurer, the
// town and one agronomist.
// Round 35: two rare full names back a pair without the organisation, which a follow-up from another
// outlet often does not name again. A name in a language the entity reader does not know (Turkish,
// Romanian) is read from its capitals only and counted with the scene, so such a name counts too when
// either article reads it as a person's, provided the other name is read as a name in its own right.
// The bench's traps share one person with a story, or an institution and its city; none shares two
// people named in full. Within the story's own few days, a rare name read from capitals that is no
// person and no institution (a bell, a state company, an island) counts as the setting as well: such
// a name may be anything, so only days apart does it say where this story happened.

/** Rare full names of people the pair must share. */
const namesNeeded = 2;
/** With one rare full name, the rare organisations or towns the pair must share as well. */
const settingNeeded = 2;

/**
 * Whether the pair shares, within a week, two rare full names of people, or one rare full name and
 * two rare organisations or towns (within four days, names read from capitals that are no person
 * count among these).
 */
export function sharesNamedCast(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  if (sharesTwoFullNames(evidence.entities)) return true;
  const rare = evidence.entities.filter((e) => e.weight >= nearlyUniqueWeight && e.person !== true);
  const people = sharedFullNames(evidence.entities, nearlyUniqueWeight);
  if (people.length === 0) return false;
  const organisations = rare.filter((e) => e.type === 'organisation' && e.scene !== true);
  // A well-known place weighs half (shared-evidence.ts), so only a town few articles name gets here.
  const towns = rare.filter((e) => e.type === 'place');
  if (organisations.length + towns.length >= settingNeeded) return true;
  const named = rare.filter((e) => e.type === 'other' && e.institution !== true);
  return evidence.days <= storyOwnDays && organisations.length + towns.length + named.length >= settingNeeded;
}

/**
 * Whether the pair shares two rare full names either article reads as a person's, one of them read
 * as a name in its own right (not a run of capitals counted with the scene).
 */
function sharesTwoFullNames(entities: Evidence['entities']): boolean {
  const names = entities.filter(
    (e) => e.weight >= nearlyUniqueWeight && e.person === true && isFullName(e.name),
  );
  return names.length >= namesNeeded && names.some((e) => e.scene !== true);
}
