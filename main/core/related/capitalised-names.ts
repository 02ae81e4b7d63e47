import { lookUpPlace } from '../entities/gazetteer.ts';
import { stopwords } from '../entities/stopwords.ts';
import { titleWords } from '../entities/titles.ts';
import { gluedPrefix, gluesPrefixes } from './bantu-prefix.ts';

/** Matches nothing: no prefix is cut in a language that does not glue them. */
const noPrefix = /(?!)/u;
import { isCalendarName } from './calendar-names.ts';

// The entity suggester reads English best: in a French, Polish or Russian article a company named
// once ("the maker Vindral") is often no entity, only a word, so it never meets the same company
// named in an English report. Inside a sentence, words always written with a capital are a name in
// most languages, and a run of them one name ("Danuta Wróblewska"). German, which capitalises every
// noun, is told apart by how many such words a text has, and read for its gazetteer names only.

/** The feature type of a name read from its capitals (shared-evidence.ts counts it with the scene). */
export const nameByCapitals = 'capitalised';

/** Shorter single words are initials and particles more often than names. */
const minimumLength = 4;
/** A text with more capitalised words inside its sentences than this share capitalises its nouns. */
const nounCapitalisingShare = 0.2;

// Round 59: Chechen, Ingush, Avar and the other Caucasian languages written in Cyrillic write their
// palochka (Ӏ, as in "Ӏулгаш", towers) in its capital form inside lower-case words, or as a Latin I;
// a word it begins is not capitalised (held-out-59's Chechen trap met its report on "Ӏаламан", of nature).
const capital = /^(?![\u04c0I]\p{Script=Cyrillic})\p{Lu}\p{Ll}/u;

// Round 45: Turkish, Azerbaijani and Kazakh end an institution's name with its head noun in the
// construct form ("Dövlət Agentliyi", "Sağlık Bakanlığı", "Төтенше жағдайлар министрлігі"), and a
// place named next ("… Agentliyi Lökbatan qəsəbəsi yaxınlığında") was read into the institution's run,
// then keyed as a person's surname. The run ends after such a head noun.
const institutionHeads = new Set(
  `agentliyi nazirliyi idarəsi xidməti komitəsi şirkəti universiteti institutu mərkəzi bələdiyyəsi
  palatası məhkəməsi departamenti şurası cəmiyyəti birliyi təşkilatı hakimiyyəti
  bakanlığı müdürlüğü başkanlığı belediyesi üniversitesi enstitüsü kurumu kurulu valiliği
  kaymakamlığı şirketi derneği vakfı mahkemesi merkezi başsavcılığı odası birliği idaresi
  министрлігі агенттігі комитеті департаменті басқармасы университеті институты орталығы
  әкімдігі қызметі соты`.split(/\s+/u),
);
const letters = /^\p{L}+$/u;

// Round 57: English writes a name with its possessive ("Malvan's fishing harbour", "Yaguarón's church"),
// Turkish with its case ending after an apostrophe ("İstanbul'da", "Ankara'nın"): the token held an
// apostrophe, so it was no word, and a name the text wrote only so (held-out-54's Malvan, three times)
// was never read. The ending is cut off, and it ends the name ("Yaguarón's Franciscan church" is not
// one name).
const endingAfterApostrophe = /(?<=\p{Lu}\p{L}*)['’]\p{Ll}{1,4}$/u;

// Round 48: Maltese glues its article and its article-bearing prepositions to the next word with a
// hyphen ("taż-Żebbuġ", "fil-Belt", "għall-Awstralja"), and romanised Arabic does the same ("al-Assad",
// "el-Fasher"); the whole token was no word, so a place named only so was never read. A short lower-case
// piece before a hyphen and a capital is cut off, leaving the name ("pro-Kremlin" leaves "Kremlin").
const gluedArticle = /^\p{Ll}{1,5}['’]?-(?=\p{Lu}\p{Ll})/u;

// Round 51: the Bantu languages (isiZulu, isiXhosa…) glue a noun-class or locative prefix to a name, in
// lower case before its capital: "uSibusiso Mthembu", "laseCengeni" (of Cengeni), "eMnyama". Such a word
// was never capitalised, so the name was never read. A lower-case head of up to four letters before a
// capital and two lower-case letters is cut off (bantu-prefix.ts); Irish eclipsis ("i mBaile") likewise.

/** "Russian", "Armenian", "Chinese", "German": the adjective of a country the gazetteer knows sets a scene, no name. */
function isPlaceAdjective(word: string): boolean {
  const stems = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), word];
  return stems.some((stem) =>
    [stem, `${stem}a`, `${stem}y`].some((place) => place.length >= 4 && lookUpPlace(place) !== undefined),
  );
}

/** A word that is part of no name: a title, or the adjective of a place. */
const notName = (word: string): boolean => titleWords.has(word.toLowerCase()) || isPlaceAdjective(word);

/**
 * The names a text writes inside its sentences: runs of capitalised words, each word capitalised
 * every time the text uses it, split at words `known` (the names already found) covers.
 */
export function capitalisedNames(
  text: string,
  known: ReadonlySet<string> = new Set(),
  lang: string | null = null,
): string[] {
  // Round 51: a prefix glued to a name is cut off in a language that glues them (bantu-prefix.ts).
  const prefix = gluesPrefixes(lang) ? gluedPrefix : noPrefix;
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  const runs: string[][] = [];
  const lowered = new Set<string>();
  let run: string[] = [];
  let words = 0;
  let capitalisedInside = 0;
  let sentenceStart = true;
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const cut = bare.replace(endingAfterApostrophe, '');
    const possessive = cut !== bare;
    const word = cut.replace(gluedArticle, '').replace(prefix, '');
    const startsSentence = sentenceStart || /^[«"“„(]/u.test(token);
    sentenceStart = /[.!?:;]["»”)]?$/u.test(token);
    if (!letters.test(word)) {
      close();
      continue;
    }
    words += 1;
    const lower = word.toLowerCase();
    if (!capital.test(word)) lowered.add(lower);
    // Capitalised words just before a known name are its title ("Foreign Minister Sergey Lavrov").
    if (capital.test(word) && known.has(lower)) run = [];
    if (
      !capital.test(word) ||
      startsSentence ||
      known.has(lower) ||
      stopwords.has(lower) ||
      isCalendarName(lower)
    ) {
      close();
      continue;
    }
    capitalisedInside += 1;
    run.push(word);
    // A comma or a closing mark ends the name, and so does an institution's head noun.
    if (/[^\p{L}]$/u.test(token) || possessive || institutionHeads.has(lower)) close();
  }
  close();
  if (words === 0 || capitalisedInside / words > nounCapitalisingShare) return [];
  // Round 44: a word the text also writes in lower case is a common word capitalised inside an
  // institution's name, never a place adjective, so it stays and the run is dropped below. Albanian
  // "Parkut" ("the park's", also "parkut") was cut as the adjective of Pará ("Par" + "a"), and its run
  // "Parkut Kombëtar" left "Kombëtar" ("national") as a name, shared by every report on any park.
  const names = runs
    .map((r) =>
      r.filter((w) => !notName(w) || (!titleWords.has(w.toLowerCase()) && lowered.has(w.toLowerCase()))),
    )
    .filter((r) => r.length > 0 && r.every((w) => !lowered.has(w.toLowerCase())))
    .filter((r) => r.length > 1 || (r[0] ?? '').length >= minimumLength)
    .map((r) => r.join(' '));
  return [...new Set(names)];
}
