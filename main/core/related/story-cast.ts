import { storyWeekDays, type Evidence } from './explain-relation.ts';
import { sharedFullNames } from './full-name-match.ts';
import { sharesPersonAndSetting } from './person-and-setting.ts';
import { specificRarity } from './story-specific.ts';

// Round 28: a first report and its follow-up days later may share no figure and little wording (a
// protest over a permit sale, then the drivers' appeal in court), yet name the same two people in full,
// each rare enough to be specific to a story. A second episode of one kind of event brings its own
// people; sharing two of the first report's is being the same story's cast, so such a pair is not held
// as the same cast in another story (cast-without-story.ts). separate-episodes.ts already never holds
// a pair sharing a rare full name (story-specific.ts). It is not thereby backed as confident
// (corroboration.ts still judges it). One person and the organisation they speak for is not enough: a
// trust's spokeswoman and the trust recur across its matters (held-out-17's misaddressed letters).

/** Rare full names of people the pair must share. */
const peopleNeeded = 2;

/**
 * Whether the pair shares, within a week, two full names of people specific to a story (specificRarity),
 * or within a few days one nearly unique person and their nearly unique setting (person-and-setting.ts).
 */
export function sharesStoryCast(evidence: Pick<Evidence, 'entities' | 'days'>): boolean {
  if (evidence.days === null || evidence.days > storyWeekDays) return false;
  return (
    sharedFullNames(evidence.entities, specificRarity).length >= peopleNeeded ||
    sharesPersonAndSetting(evidence)
  );
}
