const letters = /\p{L}/gu;

/**
 * The share of a text's letters that `pattern` (a global regex of single letters) matches; 0 for a
 * text without letters. What a text is written in is read this way: Cyrillic or Greek letters for the
 * most part, or many of the letters only Slavic and Romanian Latin alphabets use.
 */
export function letterShare(text: string, pattern: RegExp): number {
  const all = text.match(letters)?.length ?? 0;
  return all === 0 ? 0 : (text.match(pattern)?.length ?? 0) / all;
}
