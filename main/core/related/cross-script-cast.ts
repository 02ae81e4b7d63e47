import { storyWeekDays, type Evidence } from './explain-relation.ts';
import { isFullName } from './full-name-match.ts';
import { specificRarity } from './story-specific.ts';

// Round 29: an English first report and its Bulgarian or Greek follow-up days later name the same
// people in full, each in its own script (Mariana Todorova, Мариана Тодорова). In one script two rare
// full names and a rare organisation back a pair (named-cast-backing.ts); across scripts an
// organisation's name is translated rather than transliterated ("the prosecutor's office in Dobrich",
// "Районната прокуратура в Добрич") and seldom meets its own, so a nearly unique name the pair shares
// that is no person (the town, the company) stands in for it. Two people matched by transliteration,
// given name and surname, either article reading them as people, each specific to a story (as two
// full names are for story-cast.ts: a local official recurs in a few of a city's stories), with that
// name, within a week, is this story's own cast.

/** Full names of people, matched across scripts, the pair must share. */
const peopleNeeded = 2;
/** What the shared name that is no person must weigh (its rarity): carried by a handful of articles. */
const settingWeight = 0.9;

/**
 * Whether the pair shares, within a week, two full names of people matched across scripts (each
 * specific to a story) and a nearly unique name that is no person.
 */
export function sharesCrossScriptCast(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  const people = evidence.entities.filter(
    (e) => e.crossScript === true && e.person === true && e.weight >= specificRarity && isFullName(e.name),
  );
  const setting = evidence.entities.filter(
    (e) => e.weight >= settingWeight && e.person !== true && e.type !== 'person',
  );
  return people.length >= peopleNeeded && setting.length > 0;
}
