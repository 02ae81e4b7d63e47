// Indic names read by their consonants, for consonant-skeleton.ts (the classes it gives the other scripts:
// b/v, p/f, the s and sh sounds as one, the gutturals and semivowels dropped).

/**
 * Devanagari consonants (Hindi, Marathi, Nepali) as the same classes; vowel signs, the virama and the
 * nasal sign are dropped (मुंबई Mumbai, दिल्ली Delhi). A nukta (ज़ z) is a mark after its letter. Round 51
 * adds ळ (Marathi; Gujarati ળ, Telugu ళ) as l and ऴ (Malayalam ഴ, romanised zh) as s. Round 53: ऱ as r,
 * for the letter at its place in Malayalam (റ, common: എറണാകുളം Ernakulam), Telugu (ఱ) and Kannada (ಱ).
 */
const devanagariLetters = 'कखगघङचछजझञटठडढणतथदधनपफबभमयरऱलळऴवशषसह';
const devanagariClasses = 'kkggnssggnttddnttddnppbbm rrllsbsss ';

/**
 * Round 51: Unicode lays the other Indic blocks out as Devanagari's, each letter at the same offset in
 * its block: Bengali (round 45) 0x80 after it, Gurmukhi 0x100, Gujarati 0x180 (રાજુલા Rajula), Oriya
 * 0x200, Telugu 0x300, Kannada 0x380, Malayalam 0x400. Tamil, which writes a stop and its voiced twin
 * with one letter, has its own table (tamil-consonants.ts).
 */
const indicBlockOffsets = [0, 0x80, 0x100, 0x180, 0x200, 0x300, 0x380, 0x400];

/**
 * Malayalam's chillu letters, a consonant with no vowel after it at the end of a syllable, and its
 * anusvara, an m (കേരളം Keralam).
 */
const malayalamLetters: Readonly<Record<string, string>> = {
  '\u0d02': 'm',
  '\u0d7a': 'n',
  '\u0d7b': 'n',
  '\u0d7c': 'r',
  '\u0d7d': 'l',
  '\u0d7e': 'l',
  '\u0d7f': 'k',
};

/**
 * Round 53: letters with no Devanagari twin at their offset: Bengali's khanda ta (ৎ, a t that ends a
 * syllable: উৎপল Utpal) and Gurmukhi's flapped r (ੜ: ਫ਼ਤਹਿਗੜ੍ਹ Fatehgarh).
 */
const lettersOfTheirOwn: Readonly<Record<string, string>> = {
  '\u09ce': 't',
  '\u0a5c': 'r',
  // Session 19: Assamese ৰ (ra) and ৱ (wa), which the Bengali block holds outside Devanagari's layout
  // (held-out-55's ৰংঘৰ, Rang Ghar, read as nothing); and dda and ddha with a nukta written as one letter
  // (ड़ ढ़, Bengali ড় ঢ়, Oriya ଡ଼ ଢ଼), the flapped r that Latin spellings write r (Garhwal, Khagrachhari).
  '\u09f0': 'r',
  '\u09f1': 'b',
  '\u095c': 'r',
  '\u095d': 'r',
  '\u09dc': 'r',
  '\u09dd': 'r',
  '\u0b5c': 'r',
  '\u0b5d': 'r',
};

/**
 * Round 56: ख़ (kha with a nukta; Gurmukhi ਖ਼) is the Persian kh of Khan and Bakhsh, which the Latin
 * reader hears as the s class, as it hears Arabic خ; ज़ (ਜ਼) is a z. Both are read as their own letter
 * (indicSpelling writes them so); without the nukta, ख stays the k of Khanna.
 */
const nuktaLetters: Readonly<Record<string, string>> = { '\u0959': 's', '\u095b': 'z' };

/** The consonant classes of the Indic scripts laid out as Devanagari. */
export const indicConsonants: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Array.from(devanagariLetters).flatMap((letter, i) => {
      const classes = devanagariClasses.charAt(i).trim();
      const at = letter.codePointAt(0) ?? 0;
      return indicBlockOffsets.map((offset) => [String.fromCodePoint(at + offset), classes]);
    }),
  ),
  ...malayalamLetters,
  ...lettersOfTheirOwn,
  ...nuktaLetters,
};

/**
 * Malayalam's റ is a t, not an r, after a virama following ന or റ: ന്റ is nt (സെന്റ് sent) and റ്റ
 * is tt (ഒറ്റപ്പാലം Ottapalam). Written as ട (TTA, read as t) before the table reads the word.
 */
function malayalamTClusters(word: string): string {
  return word
    .replace(/(?<=[\u0d28\u0d31]\u0d4d)\u0d31/gu, '\u0d1f')
    .replace(/\u0d31(?=\u0d4d\u0d1f)/gu, '\u0d1f');
}

/** Any of Devanagari's `letters` (code points) followed by a nukta, in any Indic block at its offset. */
function withNuktaInAnyBlock(letters: readonly number[]): RegExp {
  const nukta = 0x93c;
  return new RegExp(
    indicBlockOffsets
      .map((offset) => {
        const at = (code: number): string => `\\u${(code + offset).toString(16).padStart(4, '0')}`;
        return `[${letters.map(at).join('')}]${at(nukta)}`;
      })
      .join('|'),
    'gu',
  );
}

/** Kha and ja with a nukta after them (ख़ ज़ as NFC writes them). */
const khaOrJaWithNukta = withNuktaInAnyBlock([0x916, 0x91c]);
/** Dda and ddha with a nukta after them (ड़ ढ़ as NFC writes them). */
const ddaWithNukta = withNuktaInAnyBlock([0x921, 0x922]);

/** The Bengali block's anusvara (Bengali, Assamese) before a consonant. */
const bengaliAnusvara = /\u0982(?=[\u0995-\u09b9\u09dc-\u09df\u09f0\u09f1])/gu;

/**
 * Round 57: Bengali and Assamese say the anusvara ng before a consonant, and Latin spellings write it
 * so (বাংলাদেশ Bangladesh, ৰংঘৰ Rang Ghar); dropped, it left neither name met. It is written as nga plus
 * ga. In Devanagari and the other blocks the same sign is an n or an m, but reading it so let common
 * words meet Latin names by chance (Marathi सावंत as "Seventy", Hindi संयोजिका as "Sungkai"), so they
 * still drop it.
 */
function anusvaraAsNg(word: string): string {
  return word.replace(bengaliAnusvara, '\u0999\u0997');
}

/**
 * An Indic word as the table reads it: Malayalam's t clusters, kha and ja with a nukta as ख़ and ज़,
 * dda or ddha with a nukta as the flapped r (written ੜ, which the table reads r), and a Bengali
 * anusvara before a consonant as ng.
 */
export function indicSpelling(word: string): string {
  return anusvaraAsNg(
    malayalamTClusters(word)
      .replace(khaOrJaWithNukta, (pair) => ((pair.codePointAt(0) ?? 0) % 0x80 === 0x16 ? '\u0959' : '\u095b'))
      .replace(ddaWithNukta, '\u0a5c'),
  );
}

/**
 * A long ā's vowel sign and a nasal sign ending a word, in Devanagari (candrabindu, anusvara) and
 * Gurmukhi (bindi, tippi) only: in Telugu, Kannada and Malayalam a final anusvara is an m (చేశాం), and
 * Gujarati's ત્યાં is no name (review of round 56).
 */
const finalLongANasal = /(\u093e)[\u0901\u0902]$|(\u0a3e)[\u0a01\u0a02\u0a70]$/u;

/**
 * Round 56: Punjabi and Hindi may end a name's long ā with a nasal sign instead of an n (ਖ਼ਾਂ Khan,
 * ਸਰਾਂ Sarai), which the table drops. The word written with an n there, for a second skeleton.
 */
export function finalNasalAsN(word: string): string {
  return word.replace(
    finalLongANasal,
    (_, devanagari?: string, gurmukhi?: string) => `${devanagari ?? gurmukhi ?? ''}\u0928`,
  );
}

/** The Indic scripts read by the Devanagari table (round 51: Gurmukhi to Malayalam too). */
export const indicScript =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}]/u;
