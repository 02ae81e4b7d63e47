import { storyWeekDays, type Evidence } from './explain-relation.ts';

// Round 38: a follow-up in a smaller language (Estonian, Galician, Icelandic) is read without a
// tagger: its names come from their capitals, and such names count with the scene, once, since one
// of them alone is as often a company or a ship as the story's own site (shared-evidence.ts). But two
// such names, each carried by almost no other article, shared within a story's week (the village and
// the warden, the cape and the harbour), are this story's own setting and cast: a second piece of
// evidence. A trap that shares one of them, or both a week or more later, keeps one piece; so does one
// sharing a lone surname, which many people carry.

/** What each name must weigh (its rarity): a handful of articles carry it. */
export const rareCapitalsWeight = 0.85;

/** A one-word name read as a person's: as often an ambiguous surname ("Echeverría") as this story's own. */
const surnameAlone = (e: Evidence['entities'][number]): boolean =>
  e.person === true && !/\s/u.test(e.name.trim());

/** Whether the pair shares, within a story's week, two names read from capitals that few articles carry. */
export function sharesTwoRareNamesByCapitals(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  return (
    evidence.entities.filter((e) => e.capitals === true && e.weight >= rareCapitalsWeight && !surnameAlone(e))
      .length >= 2
  );
}
