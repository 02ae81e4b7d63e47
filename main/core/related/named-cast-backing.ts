import { storyWeekDays, type Evidence } from './explain-relation.ts';
import { sharedFullNames } from './full-name-match.ts';

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

/** Rare full names of people the pair must share, with one rare organisation. */
const namesNeeded = 2;
/** With one rare full name, the rare organisations or towns the pair must share as well. */
const settingNeeded = 2;
/** What a shared feature must weigh (its rarity) to count: carried by a handful of articles. */
const rareWeight = 0.9;

/**
 * Whether the pair shares, within a week, two rare full names of people and a rare organisation, or
 * one rare full name and two rare organisations or towns.
 */
export function sharesNamedCast(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  const rare = evidence.entities.filter((e) => e.weight >= rareWeight && e.person !== true);
  const people = sharedFullNames(evidence.entities, rareWeight);
  const organisations = rare.filter((e) => e.type === 'organisation' && e.scene !== true);
  // A well-known place weighs half (shared-evidence.ts), so only a town few articles name gets here.
  const towns = rare.filter((e) => e.type === 'place');
  if (people.length >= namesNeeded && organisations.length > 0) return true;
  return people.length >= 1 && organisations.length + towns.length >= settingNeeded;
}
