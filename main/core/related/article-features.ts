import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../store/database.ts';
import { prepared } from '../store/prepared-statements.ts';
import { featuredArticleCount } from '../store/related-document-counts.ts';
import {
  replaceFeatures,
  storedSignature,
  type ArticleFeatures,
  type FeatureRow,
} from '../store/related-repository.ts';
import type { TermCountWatch } from '../store/term-count-watch.ts';
import { articleTerms } from './article-terms.ts';
import { entityKey } from './entity-key.ts';
import { capitalisedNames, nameByCapitals } from './capitalised-names.ts';
import { gazetteerNames } from './gazetteer-scan.ts';
import { durations } from './durations.ts';
import { numbersAndDates } from './numbers-and-dates.ts';
import { measuredQuantities } from './measured-quantities.ts';
import { keyedType, namesAnInstitution, namesAPlace } from './place-not-person.ts';
import { isSlavicText, placesInCase } from './slavic-place-case.ts';
import { greekPlaceInCase, isGreekText } from './greek-place-case.ts';
import { caselessScriptPlaces } from './caseless-script-places.ts';
import { irishPlaces } from './irish-place-names.ts';
import { isTimeZone } from './time-zone.ts';
import { divisionNames, namesADivision } from './division-place.ts';
import { rarityScale, refreshStep, termCountWatch } from './library-scale.ts';
import { isCurrent, signatureBody, withStep } from './features-signature.ts';
import { countsOnceStored, type CountsOnceStored } from './counts-once-stored.ts';
import { isRomanNumeral } from './roman-numeral.ts';
import { skeletonFeatures } from './skeleton-keys.ts';
import { dayOf, readInput, type ArticleInput } from './article-input.ts';

// An article's features are computed once, when its text or entities change, and stored: entity
// keys (confirmed mentions and open suggestions), the most distinctive terms, figures and dates.
// Issue 6: the terms and their weights are read with the document counts of that moment, so they are
// computed again when the library has grown past a step of its size (features-catch-up.ts).

/** How many of an article's terms are kept as features: its most distinctive by TF-IDF. */
export const termsPerArticle = 60;
const maxNumbers = 40;

/**
 * The inverse document frequency of a key, given how many articles have features. Round 50: the size
 * is read to the nearest half-octave (library-scale.ts), so a few new articles leave every other
 * article's term weights, and the cosines between them, as they were. Round 54: no larger than rarity
 * reads it (`rarityScale`, about 724), a count past it read as that many: crossing the next step
 * (878 articles read as 1024) re-weighted every term at once and moved sets the new articles share
 * nothing with. A word in 3 articles weighs the same in a library of 900 as of 9,000; a word in 724 or
 * more weighs 1, as a word in every article did.
 */
export function idf(df: number, articles: number): number {
  const library = rarityScale(articles);
  return Math.log((library + 1) / (Math.min(df, library) + 1)) + 1;
}

/**
 * Round 39: an article in a script no other article of the library is written in (the first Hebrew or
 * Korean article) has every word equally rare, so its "most distinctive" terms were the first sixty
 * by key, an arbitrary cut that dropped the names its consonants are read by (consonant-skeleton.ts).
 * A text mostly in Hebrew, Arabic, Devanagari, Georgian, Armenian or Hangul keeps four times as many,
 * and (round 49) one in Sinhala or Ethiopic, read by their consonants as well (sinhala-and-ethiopic.ts);
 * round 57, Thaana (thaana-script.ts).
 */
function termsKept(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // Round 41: Armenian too (its capitals find names, but a library holds few Armenian texts).
  const caseless =
    text.match(
      /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Sinhala}\p{Script=Ethiopic}\p{Script=Thaana}\p{Script=Georgian}\p{Script=Armenian}\uac00-\ud7a3]/gu,
    )?.length ?? 0;
  return caseless * 2 > letters ? 4 * termsPerArticle : termsPerArticle;
}

function computeFeatures(
  input: ArticleInput,
  counts: CountsOnceStored,
): { features: FeatureRow[]; allKeys: string[] } {
  const features: FeatureRow[] = [];
  const allKeys: string[] = [];
  const seen = new Set<string>();
  // A place in a Slavic case ("w Gdańsku") is keyed as the gazetteer place it names (slavic-place-case.ts).
  // Greek places in any case ("της Θεσσαλονίκης") likewise, by their English names (greek-place-case.ts).
  // Round 39: places in scripts without capitals (Hebrew, Arabic, Hangul) likewise (caseless-script-places.ts).
  // Round 40: Georgian places in any case and Japanese places (written without spaces) likewise.
  const inCase = new Map([
    ...(isSlavicText(input.text)
      ? placesInCase(input.text)
      : isGreekText(input.text)
        ? placesInCase(input.text, greekPlaceInCase)
        : []),
    ...caselessScriptPlaces(input.text),
    // Round 45: Irish names of Irish places, their mutations undone ("i nGaillimh": irish-place-names.ts).
    ...irishPlaces(input.text),
  ]);
  for (const entity of input.entities) {
    // Round 41: "07.30 WIB" names no one, though the suggester reads it as an organisation (time-zone.ts).
    // Round 56: nor does "XIX", a century in Roman numerals (roman-numeral.ts).
    if (isTimeZone(entity.name) || isRomanNumeral(entity.name)) continue;
    const place = inCase.get(entity.name);
    const type = place === undefined ? keyedType(entity.name, entity.type) : 'place';
    const key = entityKey(place ?? entity.name, type);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    features.push({ key, weight: 1, label: entity.name, type });
  }
  // Places and institutions the entity suggester missed (it finds little in some languages).
  for (const name of gazetteerNames(input.text)) {
    const key = entityKey(name, 'other');
    if (key === null || seen.has(key) || !/^e:[cgo]:/u.test(key)) continue;
    seen.add(key);
    features.push({ key, weight: 1, label: name, type: key.startsWith('e:c:') ? 'place' : 'organisation' });
  }
  for (const [word, place] of inCase) {
    const key = entityKey(place, 'place');
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    features.push({ key, weight: 1, label: word, type: 'place' });
  }
  // Names the suggester missed (a company named once in a Polish report), unless a name found covers them.
  const covered = new Set(
    [...input.entities.map((e) => e.name), ...features.map((f) => f.label ?? '')].flatMap((name) =>
      name.toLowerCase().split(/[^\p{L}]+/u),
    ),
  );
  // Round 55: a name the text writes before a division word ("Hotan prefecture") is a place.
  const divisions = divisionNames(input.text);
  for (const name of capitalisedNames(input.text, covered, input.lang)) {
    // A name of two words or more is keyed as a person's (by its last word), as the suggester keys one,
    // unless its last word names a structure or a kind of place (place-not-person.ts).
    const place = inCase.get(name);
    const division = namesADivision(name, divisions);
    const key =
      place === undefined
        ? entityKey(
            name,
            name.includes(' ') && !division && !namesAPlace(name) && !namesAnInstitution(name)
              ? 'person'
              : 'other',
          )
        : entityKey(place, 'place');
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const type = place !== undefined || division ? 'place' : nameByCapitals;
    features.push({ key, weight: 1, label: name, type });
  }
  // Round 58: measured quantities in any units ("12 metres" = "40ft"; measured-quantities.ts).
  const figures = [
    ...numbersAndDates(input.text),
    ...durations(input.text),
    ...measuredQuantities(input.text, input.lang),
  ];
  for (const [key, surface] of figures.slice(0, maxNumbers)) {
    seen.add(key);
    features.push({ key, weight: 1, label: surface, type: null });
  }
  allKeys.push(...seen);
  const { articles } = counts;
  const scored = [...articleTerms(input.text, input.lang)].map(([term, { count, word }]) => {
    const key = `t:${term}`;
    allKeys.push(key);
    const tf = 1 + Math.log(count);
    const df = counts.df(key);
    return { key, tf, word, df, weight: tf * idf(df, articles) };
  });
  // Review of round 54: past the cap every word in 724 or more articles weighs 1; of those tied, the
  // rarer are kept (before: by spelling).
  scored.sort((a, b) => b.weight - a.weight || a.df - b.df || (a.key < b.key ? -1 : 1));
  const kept = termsKept(input.text);
  for (const term of scored.slice(0, kept))
    features.push({
      key: term.key,
      weight: Math.round(term.weight * 1000) / 1000,
      label: term.word,
      type: null,
    });
  // Round 46: names' consonant skeletons, for the candidate search across scripts (skeleton-keys.ts);
  // round 56: also of the caseless words cut from the terms kept (ಮೇಲುಕೋಟೆ Melukote).
  const cut = scored.slice(kept).map((term) => term.word);
  for (const row of skeletonFeatures(features, input.title, cut)) {
    allKeys.push(row.key);
    features.push(row);
  }
  return { features, allKeys };
}

/** An article's features, computed and waiting to be stored (feature-writes.ts stores them in groups). */
export interface ComputedFeatures {
  readonly id: number;
  readonly features: ArticleFeatures;
}

/**
 * An article's features, computed unless they are current: `stored` with the signature its text and
 * entities give now, or already `queued` with it (`queuedSignature`, waiting to be stored); `gone` when
 * the article is. Features computed at a smaller step of the library's size than its step now
 * (library-scale.ts, `refreshStep`) are not current. `force` recomputes current ones too, with
 * today's document counts (the bench's settling pass). Reads only: nothing is written until
 * `storeFeatures`.
 */
export function staleFeatures(
  db: DatabaseSync,
  id: number,
  queuedSignature: string | null = null,
  force = false,
): ComputedFeatures | 'stored' | 'queued' | 'gone' {
  const input = readInput(db, id);
  if (input === null) return 'gone';
  const body = signatureBody(input);
  const stored = storedSignature(db, id);
  const featured = featuredArticleCount(db);
  const step = refreshStep(featured);
  if (!force && isCurrent(stored, body, step)) return 'stored';
  if (!force && isCurrent(queuedSignature, body, step)) return 'queued';
  const counts = countsOnceStored(db, id, stored !== null, featured);
  const { features, allKeys } = computeFeatures(input, counts);
  const signature = withStep(body, refreshStep(counts.articles));
  const publishedDay = dayOf(input.publishedTime);
  return { id, features: { signature, publishedDay, allKeys, features, termCounts: counts.read } };
}

/**
 * Stores computed features in one transaction, keeping the document counts right; an article deleted
 * (or moved to the Trash) since its features were computed is left out. If the group cannot be
 * written, each article is tried alone, so that one that cannot be stored keeps no other from it;
 * returns the ids not stored. `watch`: which term count changes are recorded (library-scale.ts).
 */
export function storeFeatures(
  db: DatabaseSync,
  group: readonly ComputedFeatures[],
  watch: TermCountWatch = termCountWatch,
): number[] {
  const store = (some: readonly ComputedFeatures[]): void => {
    const exists = prepared(db, 'SELECT 1 FROM articles WHERE id = ?');
    inTransaction(db, () => {
      for (const { id, features } of some)
        if (exists.get(id) !== undefined) replaceFeatures(db, id, features, watch);
    });
  };
  try {
    store(group);
    return [];
  } catch (error) {
    // Inside a caller's transaction nothing is rolled back here: what the group wrote before the
    // failure stays, and trying again would build on it. Every caller writes outside one today.
    if (group.length === 1 || db.isTransaction) throw error;
  }
  const failed: number[] = [];
  for (const one of group)
    try {
      store([one]);
    } catch {
      failed.push(one.id);
    }
  return failed;
}

/** Computes and stores an article's features unless they are current; returns whether it had to. */
export function refreshFeatures(db: DatabaseSync, id: number, force = false): boolean {
  const computed = staleFeatures(db, id, null, force);
  if (typeof computed === 'string') return false;
  storeFeatures(db, [computed]);
  return true;
}
