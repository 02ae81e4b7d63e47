import { lookUpOrganisation, lookUpPlace } from '../entities/gazetteer.ts';
import { companyLines } from '../entities/gazetteer-organisations.ts';
import { russianStem } from '../entities/normalise-name.ts';
import { armenianStem, isArmenian } from './armenian-script.ts';
import { cyrillicPlace, romanisedPlace } from './romanised-place.ts';
import { lakeName } from './finnish-lake.ts';
import { lookUpMultilingual } from './multilingual-gazetteer.ts';
import { streetOwnName } from './street-name.ts';
import { phoneticWord, romanise } from './transliterate.ts';

// One key per real-world entity, whatever the language of the article: gazetteer places and
// institutions by their canonical English name, people by their romanised surname, anything else
// by its romanised, phonetically folded name.

function words(name: string): string[] {
  return name
    .split(/[\s\u2010-\u2015-]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '');
}

// Companies are names a story turns on (BASF shifting freight to rail), not a scene like a court.
const companies = new Set(
  companyLines
    .split(/[,\n]/u)
    .map((line) => line.split('|')[0]?.trim().toLowerCase() ?? '')
    .filter((name) => name !== ''),
);

/** An Armenian name of one word in any case, romanised, as the gazetteer place it spells (Երևանում → Yerevan). */
function armenianPlace(name: string): string | undefined {
  const word = name.trim();
  return isArmenian(word) ? (romanisedPlace(word) ?? romanisedPlace(armenianStem(word))) : undefined;
}

function gazetteerName(name: string): string | undefined {
  return lookUpPlace(name) ?? lookUpOrganisation(name) ?? cyrillicPlace(name) ?? armenianPlace(name);
}

/**
 * A word's romanised letters: cut as a Russian word would be, except a Greek acronym (ΕΥΑΘ), which
 * Latin spells letter by letter (EYATH) and romanise must see in capitals to read so (round 34).
 */
function romanWord(word: string): string {
  const greekAcronym = /\p{Script=Greek}/u.test(word) && word === word.toUpperCase();
  // Round 41: an Armenian name without its case ending or article (Գասպարյանը → Gasparyan).
  if (isArmenian(word)) return romanise(armenianStem(word.toLowerCase()));
  return romanise(greekAcronym ? word : russianStem(word.toLowerCase()));
}

/**
 * Round 52: one k sound, three spellings. Quechua and Arabic romanisations write q where Spanish and
 * English write c or k (Apurimaq, Apurímac; Iraq, Irak): q is k, and so is a c ending a word. Read
 * before the word's last vowel is dropped (a soft c, Peace or Lace, is no k), and not a q before i or
 * u, which is pinyin's ch sound (Qing is not King).
 */
export const kSound = (word: string): string => word.replace(/q(?![iu])/gu, 'k').replace(/c$/u, 'k');

function phoneticName(name: string): string {
  return words(name)
    .map((word) => phoneticWord(kSound(romanWord(word))))
    .filter((word) => word !== '')
    .join(' ');
}

/** The cross-language key of an entity name of a type ("e:p:lavrov", "e:c:kazakhstan", "e:g:nato"), or null when empty. */
export function entityKey(name: string, type: string): string | null {
  // "Inarijärven" and "Lake Inari" are one lake (finnish-lake.ts); a person may be named Hakojärvi.
  const lake = type === 'person' ? undefined : lakeName(name);
  if (lake !== undefined && lake !== name) return entityKey(lake, type);
  // "Barona Street" is "Barona" as a Latvian text's capitals give it ("Barona ielā"): street-name.ts.
  const street = type === 'person' ? undefined : streetOwnName(name);
  if (street !== undefined) return entityKey(street, type);
  // The multilingual list's canonical name goes through the entity gazetteer again, so both agree.
  const extra = lookUpMultilingual(name);
  const known = extra === undefined ? gazetteerName(name) : (gazetteerName(extra) ?? extra);
  // Gazetteer places (countries, capitals, regions) set a scene shared by many stories: kind "c".
  if (known !== undefined) {
    const canonical = known.toLowerCase();
    return `e:${lookUpPlace(known) !== undefined ? 'c' : companies.has(canonical) ? 'o' : 'g'}:${canonical}`;
  }
  if (type === 'person') {
    const surname = words(name).at(-1);
    if (surname === undefined) return null;
    const key = phoneticWord(romanWord(surname));
    return key.length < 3 ? null : `e:p:${key}`;
  }
  // "Chemiekonzern BASF": a known name at the end of a longer one (its head word) is that name.
  const last = words(name).at(-1);
  if (last !== undefined && last !== name && (lookUpMultilingual(last) ?? gazetteerName(last)) !== undefined)
    return entityKey(last, type);
  const key = phoneticName(name);
  return key.length < 2 ? null : `e:n:${key}`;
}
