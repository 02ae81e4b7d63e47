// Round 51: the Bantu languages (isiZulu, isiXhosa, Swahili…) glue a noun-class or locative prefix to a
// name, in lower case before its capital: "ePaki iHluhluwe-iMfolozi" (in Hluhluwe-iMfolozi Park),
// "uSibusiso", "laseCengeni" (of Cengeni). Irish writes its eclipsis and t-prefix so too ("i mBaile Átha
// Cliath", "an tSionainn"). The name is the word from its capital on: a lower-case head of up to four
// letters, at a word's start, before a capital and two lower-case letters, is not part of it. A word
// that starts with a capital ("McDonald", "JavaScript") or has no inner capital is left as it is.

import { baseLanguage } from '../../shared/base-language.ts';

/** A glued lower-case prefix at the start of one word ("iMfolozi" → "Mfolozi"). */
export const gluedPrefix = /^\p{Ll}{1,4}(?=\p{Lu}\p{Ll}{2})/u;

/** Every glued prefix of a text, at the start of each word or hyphenated piece ("iHluhluwe-iMfolozi"). */
const gluedPrefixes = /(?<![\p{L}\p{M}])\p{Ll}{1,4}(?=\p{Lu}\p{Ll}{2})/gu;

/** Only those after a hyphen: an English text may name "Hluhluwe-iMfolozi", and also the iPhone and eBay. */
const gluedAfterHyphen = /(?<=[\p{L}\p{M}]-)\p{Ll}{1,4}(?=\p{Lu}\p{Ll}{2})/gu;

/** The languages that glue a prefix to a name: the Nguni languages (isiZulu, isiXhosa, siSwati, isiNdebele) and Irish. */
const gluingLanguages = new Set(['zu', 'xh', 'ss', 'nr', 'nd', 'ga']);

/** Whether an article's language (its `lang`, "zu-ZA") glues prefixes to names; unknown is no. */
export function gluesPrefixes(lang: string | null | undefined): boolean {
  return gluingLanguages.has(baseLanguage(lang) ?? '');
}

/** A lower-case letter followed by an upper-case one: no text without one has a glued prefix. */
const innerCapital = /\p{Ll}\p{Lu}/u;

/**
 * The text without the lower-case prefixes glued to its names, in a language that glues them (in any
 * other, only a prefix after a hyphen: "iPhone" and "eBay" stay whole); the text itself when it has none.
 */
export function withoutGluedPrefixes(text: string, lang: string | null = null): string {
  if (!innerCapital.test(text)) return text;
  return text.replace(gluesPrefixes(lang) ? gluedPrefixes : gluedAfterHyphen, '');
}
