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

// Round 33: an English first report and its Ukrainian follow-up name one person and the contractor
// he runs, both in each script (Андрій Мороз = Andrii Moroz, «Галич Реставрація» = Halych
// Restavratsiia). A company's name, unlike an office's, is transliterated, so meeting it word for word
// across scripts is as telling as a second person. One full name of a person and one other name, both
// matched across scripts and both nearly unique, within a week, are the story's own cast. The same man
// and his company on another matter are written in one script by the English press that reports both,
// so a pair in one script never passes here (named-cast-backing.ts judges those). The English
// suggester reads "Halych Restavratsiia" as a person's name, so the company cannot be told by its type:
// it is the other name met word for word across scripts that the person rule does not read as a
// person's given name and surname (Ukrainian г is h: Галич = Halych, not "Galich").

/**
 * Whether the pair shares, within a week, one full name of a person matched across scripts and one
 * other name written in each article's script, the same words once transliterated, both nearly unique.
 */
export function sharesCrossScriptPersonAndCompany(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  const nearlyUnique = evidence.entities.filter((e) => e.weight >= settingWeight);
  const person = nearlyUnique.some((e) => e.crossScript === true && e.person === true && isFullName(e.name));
  const company = nearlyUnique.some((e) => e.transliterated === true && e.crossScript !== true);
  return person && company;
}

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
  return (people.length >= peopleNeeded && setting.length > 0) || sharesCrossScriptPersonAndCompany(evidence);
}

/**
 * The evidence with a person and a company matched across scripts (sharesCrossScriptPersonAndCompany)
 * counted as names, not with the scene: read from capitals in one script they are the scene, but
 * met word for word in two scripts, with each other, within a week, they are who the story is about.
 */
export function withCastAcrossScripts<E extends Pick<Evidence, 'entities' | 'days'>>(evidence: E): E {
  if (!sharesCrossScriptPersonAndCompany(evidence)) return evidence;
  const cast = (e: Evidence['entities'][number]): boolean =>
    e.weight >= settingWeight && (e.crossScript === true || e.transliterated === true);
  return { ...evidence, entities: evidence.entities.map((e) => (cast(e) ? { ...e, scene: false } : e)) };
}
