/** Words that fold alike across case, accents, ß, ligatures, ё, final sigma and dotless i: phrase tests' vocabulary. */
export const foldingWords = [
  'Straße',
  'strasse',
  'STRASSE',
  'café',
  'cafe\u0301',
  'CAFÉ',
  'naïve',
  'Œuvre',
  'oeuvre',
  'ﬁnal',
  'final',
  'Ёлка',
  'елка',
  'ЙОД',
  'йод',
  'Σοφία',
  'σοφια',
  'ΟΔΟΣ',
  'οδος',
  'İstanbul',
  'istanbul',
  'ısık',
  'Ørsted',
  'orsted',
  'Łódź',
  'lodz',
  'the',
  'The',
  'city',
  'council',
  '2024',
  '3.5',
  'co-op',
  'u.s.',
];

/** Word separators a saved page may have between two words (none at all, too). */
export const separators = [' ', '  ', ', ', '. ', ' — ', '\n', '-', "'", ' (', ') ', '/', ''];

/** `length` words drawn from `words` with random separators (seeded by `next`), for property tests of phrases. */
export function mixedSentence(
  next: () => number,
  length: number,
  words: readonly string[] = foldingWords,
  between: readonly string[] = separators,
): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text += words[Math.floor(next() * words.length)] ?? '';
    text += between[Math.floor(next() * between.length)] ?? ' ';
  }
  return text;
}
