// Round 51: the Bantu languages (isiZulu, isiXhosa, Swahili…) glue a noun-class or locative prefix to a
// name, in lower case before its capital: "ePaki iHluhluwe-iMfolozi" (in Hluhluwe-iMfolozi Park),
// "uSibusiso", "laseCengeni" (of Cengeni). Irish writes its eclipsis and t-prefix so too ("i mBaile Átha
// Cliath", "an tSionainn"). The name is the word from its capital on: a lower-case head of up to four
// letters, at a word's start, before a capital and two lower-case letters, is not part of it. A word
// that starts with a capital ("McDonald", "JavaScript") or has no inner capital is left as it is.

/** A glued lower-case prefix at the start of one word ("iMfolozi" → "Mfolozi"). */
export const gluedPrefix = /^\p{Ll}{1,4}(?=\p{Lu}\p{Ll}{2})/u;

/** Every glued prefix of a text, at the start of each word or hyphenated piece ("iHluhluwe-iMfolozi"). */
const gluedPrefixes = /(?<![\p{L}\p{M}])\p{Ll}{1,4}(?=\p{Lu}\p{Ll}{2})/gu;

/** A lower-case letter followed by an upper-case one: no text without one has a glued prefix. */
const innerCapital = /\p{Ll}\p{Lu}/u;

/** The text without the lower-case prefixes glued to its names; the text itself when it has none. */
export function withoutGluedPrefixes(text: string): string {
  return innerCapital.test(text) ? text.replace(gluedPrefixes, '') : text;
}
