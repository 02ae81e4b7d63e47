import { armenianStem, isArmenian, romaniseArmenian } from './armenian-script.ts';
import { georgianStem } from './georgian-script.ts';
import { hangulStems, romaniseHangulWord } from './hangul-romanisation.ts';
import { abugidaSkeletons, isEthiopic, isSinhala } from './sinhala-and-ethiopic.ts';
import { finalNasalAsN, indicConsonants, indicScript, indicSpelling } from './indic-consonants.ts';
import { tamilClasses, tamilEndings } from './tamil-consonants.ts';
import { isThaana, thaanaSkeletons } from './thaana-script.ts';
import { isUyghurWord, uyghurStem } from './uyghur-script.ts';

// Hebrew and Arabic write a name's consonants and few of its vowels: עמרי ברקוביץ is Omri Berkovitz,
// هشام بن صالح Hichem Ben Salah. Neither script has capitals, so no name reader finds these names, and
// no spelling of the Latin name is written in them; what both spellings keep is the consonants. Each
// side is reduced to classes of consonants both scripts tell apart (b/v, p/f, the s and sh sounds as
// one, the gutturals and vowel letters dropped), and a Latin name of the other article is met when its
// words' skeletons are words of this one (round 39). Korean names are romanised by the Revised
// Romanization, with the surnames that are spelt by custom (박 Park, 이 Lee, 최 Choi).

/** Hebrew letters as consonant classes (final forms as the letter; vowel letters and gutturals dropped). */
const hebrew: Readonly<Record<string, string>> = {
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ז: 'z',
  ח: 's',
  ט: 't',
  כ: 'k',
  ך: 'k',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  פ: 'p',
  ף: 'p',
  צ: 's',
  ץ: 's',
  ק: 'k',
  ר: 'r',
  ש: 's',
  ת: 't',
};

/** Arabic letters as consonant classes (alif, waw, ya, ta marbuta, ha, hamza and ain dropped). */
const arabic: Readonly<Record<string, string>> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'g',
  خ: 's',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'p',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  // Persian and Urdu letters Arabic lacks (پ p, چ ch, ژ zh, گ g, ک k; ٹ ڈ ڑ retroflex t, d, r).
  پ: 'p',
  چ: 's',
  ژ: 's',
  گ: 'g',
  ک: 'k',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  // Round 55: Uyghur's ng (ڭ; uyghur-script.ts). Its w (ۋ) is dropped, as the Latin reader drops w
  // (Dawut dt, Shewket skt) and Arabic's و is.
  ڭ: 'ng',
};

/** Georgian letters (no capitals either) as the same classes: თბილისი Tbilisi, ქუთაისი Kutaisi. */
const georgian: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from('ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯ').map((letter, i) => [
    letter,
    [
      'b',
      'g',
      'd',
      'b',
      'z',
      't',
      'k',
      'l',
      'm',
      'n',
      'p',
      's',
      'r',
      's',
      't',
      'p',
      'k',
      'g',
      'k',
      's',
      's',
      's',
      'dz',
      's',
      's',
      's',
      'g',
    ][i] ?? '',
  ]),
);

const asWritten = (word: string): string => word;

/**
 * Round 43: Urdu writes an aspirated k with a do-chashmi he (کھارادر), which is romanised kh (Kharadar),
 * the class of خ; the other aspirates (پھ ph, تھ th, گھ gh) already meet.
 */
const urduAspirateK = (word: string): string => word.replace(/[\u06a9\u0643]\u06be/gu, '\u062e');

/**
 * Letters of the scripts without capitals whose names are read by their consonants, each with its classes
 * and the spelling its table reads a word in.
 */
const consonantTables: readonly [RegExp, Readonly<Record<string, string>>, (word: string) => string][] = [
  [/\p{Script=Hebrew}/u, hebrew, asWritten],
  [/\p{Script=Arabic}/u, arabic, urduAspirateK],
  [indicScript, indicConsonants, indicSpelling],
  [/\p{Script=Georgian}/u, georgian, asWritten],
];

/** Latin consonants as the same classes: sh, ch, kh and tz are one s-like sound, v is b, f is p. */
function latinClasses(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/sch|sh|ch|kh|tz|ts|zh/gu, 's')
    .replace(/th/gu, 't')
    .replace(/ph/gu, 'p')
    .replace(/ck|c|q/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/j/gu, 'g')
    .replace(/v/gu, 'b')
    .replace(/f/gu, 'p')
    .replace(/[aeiouyhw]/gu, '');
}

const fold = (classes: string): string => classes.replace(/(.)\1+/gu, '$1');

/** The consonant skeleton of one Latin word ("Berkovitz" → "brkbs"). */
export function latinSkeleton(word: string): string {
  return fold(latinClasses(word));
}

/** A Nepali postposition glued to the end of a word, after at least two letters. */
const nepaliPostposition = /(?<=\p{L}\p{M}*\p{L}\p{M}*)(?:मा|को|का|की|ले|लाई|बाट|देखि|सम्म)$/u;

/** Korean surnames spelt by custom rather than by the Revised Romanization. */
const surnames: Readonly<Record<string, string>> = {
  박: 'park',
  이: 'lee',
  최: 'choi',
  정: 'jung',
  조: 'cho',
  윤: 'yoon',
  임: 'lim',
  오: 'oh',
  신: 'shin',
  유: 'yoo',
  노: 'roh',
};

/**
 * The consonant skeletons a word of Hebrew, Arabic (Persian, Urdu), Devanagari, Georgian or Hangul may
 * be a name under: all but Hangul by letter; Hangul romanised (without a case particle, and with a customary surname), then as Latin.
 * Round 49: Sinhala and Ethiopic words are read by sinhala-and-ethiopic.ts; round 57: Thaana (Dhivehi) by
 * thaana-script.ts.
 */
export function caselessSkeletons(word: string): string[] {
  const letters = Array.from(word.normalize('NFC'));
  if (/\p{Script=Thaana}/u.test(letters[0] ?? '') && isThaana(word)) return thaanaSkeletons(word);
  if (
    /[\p{Script=Sinhala}\p{Script=Ethiopic}]/u.test(letters[0] ?? '') &&
    (isSinhala(word) || isEthiopic(word))
  )
    return abugidaSkeletons(word, latinSkeleton);
  if (letters.length > 0 && letters.every((c) => /\p{Script=Tamil}/u.test(c))) {
    const whole = letters.join('');
    const stem = whole.replace(tamilEndings, '');
    return [...new Set([whole, stem].map((w) => fold(tamilClasses(w))))].filter((s) => s !== '');
  }
  for (const [script, table, spell] of consonantTables)
    if (letters.every((c) => script.test(c) || /\p{M}/u.test(c))) {
      const skeleton = (w: string): string => fold(Array.from(spell(w), (c) => table[c] ?? '').join(''));
      // Round 40: a Georgian name is also met without its case ending (გველეთში "in Gveleti").
      const whole = letters.join('');
      if (table === georgian) return [...new Set([skeleton(whole), skeleton(georgianStem(whole))])];
      // Round 55: a Uyghur name is also met without its case ending (تەكلىماكاندا "in the Taklamakan").
      if (table === arabic && isUyghurWord(whole))
        return [...new Set([skeleton(whole), skeleton(uyghurStem(whole))])];
      // Round 48: Nepali glues its postpositions to the name (म्याग्दीमा "in Myagdi", म्याग्दीको "of Myagdi").
      const stem = whole.replace(nepaliPostposition, '');
      const forms = stem !== whole && /\p{Script=Devanagari}/u.test(whole) ? [whole, stem] : [whole];
      // Round 56: a final nasal after ā may be the n of a name (ਖ਼ਾਂ Khan; indic-consonants.ts).
      if (table === indicConsonants) forms.push(...forms.map(finalNasalAsN));
      return [...new Set(forms.map(skeleton))];
    }
  // Round 41: Armenian has capitals, but writes only a name's first word with one (Կարմիր բլուր, Karmir
  // Blur), so the capitals reader keys it apart from the English name: its words are met romanised.
  if (isArmenian(word)) {
    const lower = word.toLowerCase();
    return [...new Set([lower, armenianStem(lower)].map((w) => latinSkeleton(romaniseArmenian(w))))];
  }
  if (!letters.every((c) => /[\uac00-\ud7a3]/u.test(c))) return [];
  const out = new Set<string>();
  for (const stem of hangulStems(word)) {
    out.add(latinSkeleton(romaniseHangulWord(stem)));
    const [first = '', ...rest] = Array.from(stem);
    const customary = surnames[first];
    if (customary !== undefined && rest.length >= 1)
      out.add(latinSkeleton(customary + romaniseHangulWord(rest.join(''))));
  }
  return [...out];
}

/** Fewest consonants a name met alone must cover: three are met by chance among a few hundred words. */
const fewestConsonants = 4;
/** Fewest consonants each of two or more names met together must cover (Tozeur and Kebili: tzr, kbl). */
const fewestTogether = 3;

/**
 * How many consonants of a Latin name (one or more words) the caseless words given spell, by skeleton,
 * or 0: every word of two consonants or more found among them (a particle like Ben or El may be missing
 * when two words are found), or the whole name as one word (Korean writes names without spaces).
 */
export function consonantsMet(name: string, skeletons: ReadonlySet<string>): number {
  const words = name
    .split(/[\s\u2010-\u2015-]+/u)
    .map(latinSkeleton)
    .filter((s) => s !== '');
  const whole = fold(words.join(''));
  if (whole.length >= fewestTogether && skeletons.has(whole)) return whole.length;
  const found = words.filter((s) => s.length >= 2 && skeletons.has(s));
  const missing = words.filter((s) => !skeletons.has(s));
  if (found.length < 2 || missing.some((s) => s.length > 2)) return 0;
  return found.reduce((total, s) => total + s.length, 0);
}

/** Whether a Latin name met alone is written in the caseless words given (four consonants or more). */
export function latinNameAmong(name: string, skeletons: ReadonlySet<string>): boolean {
  return consonantsMet(name, skeletons) >= fewestConsonants;
}

interface NamedFeature {
  readonly key: string;
  readonly label: string | null;
}

/**
 * A word of a script without capitals (Hebrew, Arabic, Devanagari, Bengali, Tamil, Sinhala, Ethiopic,
 * Thaana, Georgian, Hangul syllables), or Armenian (round 41).
 */
export const caselessWord =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Tamil}\p{Script=Sinhala}\p{Script=Ethiopic}\p{Script=Thaana}\p{Script=Georgian}\p{Script=Armenian}\uac00-\ud7a3]+$/u;
const latinName = /^[\p{Script=Latin}\s\u2010-\u2015'’.-]+$/u;

/**
 * The names of one article (people and other names, not gazetteer places, which caseless-script-places.ts
 * reads) written in the other article's Hebrew, Arabic or Korean words, by consonant skeleton.
 */
export function namesInCaselessWords<F extends NamedFeature>(
  names: readonly F[],
  words: readonly NamedFeature[],
): F[] {
  const skeletons = new Set(
    words
      // Round 56: a word cut from the terms kept is read from its skeleton key (skeleton-keys.ts).
      .filter((w) => /^(?:t|x:c):/u.test(w.key) && caselessWord.test(w.label ?? ''))
      .flatMap((w) => caselessSkeletons(w.label ?? '')),
  );
  if (skeletons.size === 0) return [];
  const met = names
    .filter((f) => /^e:[pno]:/u.test(f.key) && latinName.test(f.label ?? ''))
    .map((f) => ({ f, consonants: consonantsMet(f.label ?? '', skeletons) }))
    .filter(({ consonants }) => consonants >= fewestTogether);
  // Two names met together are as unlikely by chance as one long name.
  const together = new Set(met.map(({ f }) => f.key)).size >= 2;
  return met.filter(({ consonants }) => together || consonants >= fewestConsonants).map(({ f }) => f);
}
