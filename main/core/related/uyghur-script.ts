// Round 55: Uyghur is written in the Arabic script, but unlike Arabic, Persian or Urdu it writes every
// vowel as a letter (ە e, ې é, ى i, ۇ u, ۆ ö, ۈ ü), and it glues its case endings to a name:
// تەكلىماكاندا "in the Taklamakan" (-da), تارىمنىڭ "of the Tarim" (-ning). The consonant reader
// (consonant-skeleton.ts) drops the vowels already, but read the ending as the name's last consonants
// (tklmknd against Taklamakan's tklmkn), so a Uyghur report met no English name. A Uyghur word is also
// read without one case ending (with a plural before it), when at least three letters remain.

/** Letters Uyghur writes and Arabic, Persian and Urdu do not (its vowels, ng and w). */
const uyghurLetters = /[\u06d5\u06d0\u06c7\u06c6\u06c8\u06ad\u06cb]/u;

/** Whether an Arabic-script word is Uyghur by its letters. */
export function isUyghurWord(word: string): boolean {
  return uyghurLetters.test(word);
}

/**
 * Case endings (genitive نىڭ, accusative نى, dative غا/قا/گە/كە, locative دا/دە/تا/تە, ablative
 * دىن/تىن, locative adjective دىكى/تىكى), longest first, after an optional plural (لار/لەر).
 */
const caseEnding = /(?:لار|لەر)?(?:دىكى|تىكى|نىڭ|دىن|تىن|غا|قا|گە|كە|دا|دە|تا|تە|نى)$/u;

/** The word without its case ending, or the word itself when none is glued to at least three letters. */
export function uyghurStem(word: string): string {
  const match = caseEnding.exec(word);
  if (match === null) return word;
  const stem = word.slice(0, match.index);
  return Array.from(stem).length >= 3 ? stem : word;
}
