import { nearlyUniqueWeight, storyOwnDays, type Evidence } from './explain-relation.ts';
import { sharedFullNames } from './full-name-match.ts';

// Round 31: a first report and its follow-up a few days later may share neither wording nor figure
// (a walkout, then the animal that fell ill during it), yet name the same person in full and the same
// small town or site few articles name. The same official on another matter shares his name and his
// city, but a city is scene (a gazetteer place, `scene`) or common, and an organisation he speaks for
// is his cast across matters (story-cast.ts); a nearly unique town or site that is no person, no scene
// and no organisation, named within a few days beside a nearly unique person, is where this story
// happened. Such a pair is this story's cast and setting, not the same cast in another story.
// Round 35: the setting may be read from capitals only (an island and a state company, "Lastovo" and
// "Plovput", counted with the scene). One such name may be anything; two nearly unique ones beside the
// person, within the same few days, are where this story happened.

/** Nearly unique names read from capitals that stand for the setting together. */
const capitalsNamesNeeded = 2;

/**
 * Whether the pair shares, within four days, a nearly unique full name of a person and a nearly unique
 * name that is no person, no scene and no organisation (a small town, a site), or two nearly unique
 * names read from capitals that are no person and no institution.
 */
export function sharesPersonAndSetting(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyOwnDays) return false;
  if (sharedFullNames(evidence.entities, nearlyUniqueWeight).length === 0) return false;
  const setting = evidence.entities.filter(
    (e) =>
      e.weight >= nearlyUniqueWeight &&
      e.type !== 'person' &&
      e.type !== 'organisation' &&
      e.person !== true &&
      e.institution !== true,
  );
  if (setting.some((e) => e.scene !== true)) return true;
  return setting.filter((e) => e.type === 'other').length >= capitalsNamesNeeded;
}
