import type { Evidence } from './explain-relation.ts';

// A first report and its follow-up made mostly of quotes may share no figure and have no third article
// to vouch for them, yet name the same people in full and the same organisation within days. One
// shared minister is the cast of many stories; two rare full names of people together with a rare
// organisation they act through, days apart, is this story's own cast: it backs a confident score as a
// shared figure does (corroboration.ts). Pairs sharing only who, without what, are held earlier
// (cast-without-story.ts), so this only keeps a pair that already scored confidently.

/** Rare full names of people the pair must share. */
const namesNeeded = 2;
/** What a shared feature must weigh (its rarity) to count: carried by a handful of articles. */
const rareWeight = 0.9;
/** Within this many days of each other. */
const nearDays = 7;

/** A person's full name (at least two words), not a surname alone. */
const isFullName = (name: string): boolean => /[\s\u2010-\u2015-]/u.test(name.trim());

/** Whether the pair shares two rare full names of people and a rare organisation, within a week. */
export function sharesNamedCast(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > nearDays) return false;
  const rare = evidence.entities.filter((e) => e.weight >= rareWeight && e.scene !== true);
  const people = rare.filter((e) => e.type === 'person' && e.person === true && isFullName(e.name));
  const organisations = rare.filter((e) => e.type === 'organisation' && e.person !== true);
  return people.length >= namesNeeded && organisations.length > 0;
}
