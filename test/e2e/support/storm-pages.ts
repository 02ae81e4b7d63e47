import { resolve } from 'node:path';
import { fixturesDir } from './reader-page.ts';

// Four reports of one storm from the related-stories fixture set: they share wording and dates.
export const stormFiles = [
  'en-storm-marlow-warning.html',
  'en-storm-marlow-damage.html',
  'en-storm-marlow-cleanup.html',
  'en-storm-marlow-insurance.html',
].map((name) => resolve(fixturesDir, '../related/pages', name));
/** Four pages about other things, which keep the storm's names rare as in a real library. */
export const unrelatedFiles = [
  'en-single-judge-obituary.html',
  'en-single-phone-launch.html',
  'en-single-kazakh-cuisine.html',
  'en-insulin-pen-recall.html',
].map((name) => resolve(fixturesDir, '../related/pages', name));
/** The storm reports' titles. */
export const storm = {
  warning: 'Storm Marlow: amber wind warning as gusts of 90mph expected in Cornwall',
  damage: 'Man killed by falling tree in Truro as Marlow leaves 38,000 homes without power',
  cleanup: 'Penzance counts the cost as sea wall repairs could take months',
  insurance: 'Insurers put Storm Marlow bill at up to £120m',
} as const;
