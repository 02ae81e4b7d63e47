// Round 49: Sinhala and Ethiopic (Amharic, Tigrinya) names read by their consonants, for
// consonant-skeleton.ts (the classes it gives the other scripts: b/v, p/f, the s and sh sounds as one,
// the gutturals and semivowels dropped). Sinhala is an abugida like Devanagari, but Unicode does not lay
// it out like the other Indic scripts, so it has a table of its own. Ethiopic writes one glyph per
// syllable, a consonant with its vowel, in rows of eight from U+1200: the row is the consonant
// (ገብርኤል g-b-r-ʾ-l, Gabriel; ክብራን Kebran).

/** Sinhala letters as consonant classes; vowels, vowel signs, the virama and ya, ha dropped. */
const sinhala: Readonly<Record<string, string>> = {
  ක: 'k',
  ඛ: 'k',
  ග: 'g',
  ඝ: 'g',
  ඞ: 'n',
  ඟ: 'ng',
  ච: 's',
  ඡ: 's',
  ජ: 'g',
  ඣ: 'g',
  ඤ: 'n',
  ඥ: 'gn',
  ඦ: 'ng',
  ට: 't',
  ඨ: 't',
  ඩ: 'd',
  ඪ: 'd',
  ණ: 'n',
  ඬ: 'nd',
  ත: 't',
  ථ: 't',
  ද: 'd',
  ධ: 'd',
  න: 'n',
  ඳ: 'nd',
  ප: 'p',
  ඵ: 'p',
  බ: 'b',
  භ: 'b',
  ම: 'm',
  ඹ: 'mb',
  ර: 'r',
  ල: 'l',
  ළ: 'l',
  ව: 'b',
  ශ: 's',
  ෂ: 's',
  ස: 's',
  ෆ: 'p',
  // The anusvara is a nasal before the next consonant (ලංකා Lanka).
  '\u0d82': 'n',
};

/**
 * The consonant class of each row of Ethiopic syllables from U+1200 (h l ḥ m ś r s š q qʷ qh qhʷ b v t
 * č x xʷ n ñ ʾ k kʷ kx kxʷ w ʿ z ž y d ḍ ǧ g gʷ ŋ ṭ č̣ p̣ ṣ ṡ f p): gutturals, w and y are dropped.
 */
const ethiopicRows = [
  ...['', 'l', '', 'm', 's', 'r', 's', 's', 'k', 'k', 'k', 'k', 'b', 'b', 't', 's', '', ''],
  ...['n', 'n', '', 'k', 'k', '', '', '', '', 'z', 's', '', 'd', 'd', 'g', 'g', 'g', 'g'],
  ...['t', 's', 'p', 's', 's', 'p', 'p'],
];

/** Amharic prepositions glued to a name: የ "of", በ "in, by", ለ "to, for", ከ "from" (የጣና, በባሕር ዳር). */
const amharicPrefix = /^(?:[የበለከ]|ከየ|በየ)(?=\p{Script=Ethiopic}{2})/u;
/** Sinhala case endings (මීගමුවට "to Negombo", මීගමුවේදී "at Negombo") that add a consonant, after two letters. */
const sinhalaEnding = /(?<=\p{L}\p{M}*\p{L}\p{M}*)(?:ේදී|දී|ට|ින්|ෙන්)$/u;

/**
 * Sri Lankan towns whose Sinhala name is not a spelling of the English one (Migamuwa is Negombo,
 * Mahanuwara Kandy, Yapanaya Jaffna): read as the English name's consonants.
 */
const sinhalaExonyms: ReadonlyMap<string, string> = new Map(
  Object.entries({
    මීගමුව: 'Negombo',
    මහනුවර: 'Kandy',
    යාපනය: 'Jaffna',
    කොළඹ: 'Colombo',
    ගාල්ල: 'Galle',
    මඩකලපුව: 'Batticaloa',
    හලාවත: 'Chilaw',
    මාතලේ: 'Matale',
    පුත්තලම: 'Puttalam',
  }).map(([sinhalaName, english]) => [sinhalaName.normalize('NFC'), english]),
);

export const isSinhala = (word: string): boolean => /^[\p{Script=Sinhala}]+$/u.test(word);
export const isEthiopic = (word: string): boolean => /^\p{Script=Ethiopic}+$/u.test(word);

const fold = (classes: string): string => classes.replace(/(.)\1+/gu, '$1');

function ethiopicClasses(word: string): string {
  return Array.from(word, (c) => ethiopicRows[((c.codePointAt(0) ?? 0) - 0x1200) >> 3] ?? '').join('');
}

/**
 * The consonant skeletons an Ethiopic word may be a name under (as written, and without a glued
 * preposition), or of a Sinhala word (as written, without a case ending, and a town's English name).
 * `latinSkeleton` gives an English name's skeleton.
 */
export function abugidaSkeletons(word: string, latinSkeleton: (name: string) => string): string[] {
  if (isEthiopic(word))
    return [...new Set([word, word.replace(amharicPrefix, '')].map((w) => fold(ethiopicClasses(w))))];
  const whole = word.normalize('NFC');
  const stem = whole.replace(sinhalaEnding, '');
  const out = [whole, stem].map((w) => fold(Array.from(w, (c) => sinhala[c] ?? '').join('')));
  // The genitive writes -ේ on the name's last letter (මීගමුවේ "of Negombo").
  const exonym = sinhalaExonyms.get(stem) ?? sinhalaExonyms.get(stem.replace(/\u0dda$/u, ''));
  if (exonym !== undefined) out.push(latinSkeleton(exonym));
  return [...new Set(out)].filter((s) => s !== '');
}
