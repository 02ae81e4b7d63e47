import { stopwords } from '../entities/stopwords.ts';
import { russianStem } from '../entities/normalise-name.ts';
import { foldText } from '../search/fold-text.ts';
import { withoutGluedPrefixes } from './bantu-prefix.ts';
import { functionWords } from './function-words.ts';
import { armenianStem, isArmenian } from './armenian-script.ts';
import { georgianStem, isGeorgian } from './georgian-script.ts';
import { greekStem, inflectedLatinStem, isInflectedLatinText } from './inflected-stem.ts';
import { hangulStems, isHangul } from './hangul-romanisation.ts';
import { phoneticWord, romanise } from './transliterate.ts';
import { unlistedFunctionWords } from './unlisted-function-words.ts';

// The words of an article's cleaned text as comparable terms: folded, function words of every language
// Dossier reads dropped (function-words.ts; never stored, so never compared),
// lightly stemmed so "sanctions"/"sanction" and "санкции"/"санкций" meet, then romanised and
// phonetically folded so names written as words meet across scripts (Лавров/Lavrov/Lawrow, Астане/Astana).

function stem(word: string, inflectedLatin: boolean): string {
  // Round 39: a Korean word without its case particle and place suffix (해운대구의 → 해운대, Haeundae).
  if (isHangul(word)) return hangulStems(word).at(-1) ?? word;
  // Round 40: a Georgian word without its case ending (გველეთში → გველეთ, Gveleti).
  if (isGeorgian(word)) return georgianStem(word);
  // Round 41: an Armenian word without its case ending or article (Երևանի → Երևան, Yerevan).
  if (isArmenian(word)) return armenianStem(word);
  if (/[\u0400-\u04ff]/u.test(word)) return russianStem(word);
  if (/\p{Script=Greek}/u.test(word)) return greekStem(word);
  if (inflectedLatin) return inflectedLatinStem(word);
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 6 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const alphabetic =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}\uac00-\ud7a3]+$/u;

/**
 * The comparable key of a folded word: stemmed (Latin words by Slavic/Romanian endings when their text
 * is written in such a language), and for Latin, Cyrillic, Greek, Georgian, Armenian and Hangul romanised and folded.
 */
export function termKey(word: string, inflectedLatin = false): string {
  const stemmed = stem(word, inflectedLatin);
  if (!alphabetic.test(stemmed)) return stemmed;
  const folded = phoneticWord(romanise(stemmed));
  return folded.length >= 3 ? folded : stemmed;
}

/** Each distinct term of a text with its count (and the first surface word seen, for reasons). */
export function articleTerms(
  written: string,
  lang: string | null = null,
): Map<string, { count: number; word: string }> {
  // Round 51: a name's glued lower-case prefix is cut off (bantu-prefix.ts): isiZulu "iHluhluwe-iMfolozi"
  // and English "Hluhluwe-iMfolozi" are both the terms hluhluwe and mfolozi (`lang`: the article's).
  const text = withoutGluedPrefixes(written, lang);
  const terms = new Map<string, { count: number; word: string }>();
  const inflectedLatin = isInflectedLatinText(text);
  // Marks are part of a word (round 39): Devanagari writes its vowels as signs (मुंबई), which split
  // the word in pieces; Latin, Greek and Cyrillic marks are gone after foldText.
  let words = 0;
  let listedWords = 0;
  for (const word of foldText(text).split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (word.length < 3 || !/\p{L}/u.test(word) || /\p{N}/u.test(word)) continue;
    words += 1;
    if (stopwords.has(word) || functionWords.has(word)) {
      listedWords += 1;
      continue;
    }
    const term = termKey(word, inflectedLatin);
    const seen = terms.get(term);
    if (seen === undefined) terms.set(term, { count: 1, word });
    else seen.count += 1;
  }
  // Round 42: a language with no list still has function words; they are read from the text itself.
  for (const word of unlistedFunctionWords(text, words, listedWords))
    terms.delete(termKey(word, inflectedLatin));
  return terms;
}
