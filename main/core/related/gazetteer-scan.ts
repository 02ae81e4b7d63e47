import { lookUpOrganisation, lookUpPlace } from '../entities/gazetteer.ts';
import { lookUpMultilingual } from './multilingual-gazetteer.ts';

// The entity suggester finds little in some languages (one place in a German court report), so the
// related engine reads the text itself for places and institutions the gazetteers know, in any of
// their languages: "Der Europäische Gerichtshof", "EuGH" and "Court of Justice" become one name.

/** Longest run of words looked up as one name ("Cour de justice de l'Union européenne"). */
const longestName = 7;

const capitalised = /^\p{Lu}/u;

/** The gazetteer names (as written) found in a text: runs of words starting with a capital letter. */
export function gazetteerNames(text: string): Set<string> {
  const found = new Set<string>();
  const words = text.split(/[\s\u2010-\u2015]+/u).filter((w) => w !== '');
  const clean = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  for (let start = 0; start < words.length; start++) {
    const first = clean(words[start] ?? '');
    if (!capitalised.test(first)) continue;
    // Longest match first, so "Court of Justice of the European Union" wins over "Court of Justice".
    for (let length = Math.min(longestName, words.length - start); length >= 1; length--) {
      const run = words.slice(start, start + length);
      const name = [...run.slice(0, -1), clean(run.at(-1) ?? '')].join(' ').replace(/^[^\p{L}\p{N}]+/u, '');
      // A run may not cross the end of a sentence or a clause.
      if (run.slice(0, -1).some((w) => /[.,;:!?)"»”]$/u.test(w))) continue;
      if (
        lookUpMultilingual(name) !== undefined ||
        lookUpOrganisation(name) !== undefined ||
        lookUpPlace(name) !== undefined
      ) {
        found.add(name);
        start += length - 1;
        break;
      }
    }
  }
  return found;
}
