// Georgian (Mkhedruli) has no capitals and one Latin spelling per letter, the national romanisation
// of 2002 that maps, road signs and English reports use: გველეთი is Gveleti, სტეფანწმინდა
// Stepantsminda, დარიალი Dariali. Before round 40 a Georgian word was neither romanised nor cut from
// its case ending, so a Georgian report on a place never shared a term with the English report on it.

/** Mkhedruli letters in the national romanisation (aspirated and ejective pairs spelt alike: თ ტ t, ქ კ k). */
const letters: Readonly<Record<string, string>> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

const georgianLetter = /[\u10d0-\u10ff]/u;

/** Whether a word is written in Georgian (Mkhedruli) letters only. */
export function isGeorgian(word: string): boolean {
  return word !== '' && Array.from(word).every((c) => georgianLetter.test(c));
}

/** Georgian letters of a text in Latin letters, the others left as they are ("თბილისში" → "tbilisshi"). */
export function romaniseGeorgian(text: string): string {
  return Array.from(text, (c) => letters[c] ?? c).join('');
}

/**
 * Case endings and postpositions glued to a Georgian noun, longest first: genitive -ის with "for",
 * "towards", "from", "up to"; locative -ში, -ზე (on), -თან (at), -დან (from), -მდე (up to);
 * instrumental -ით, adverbial -ად, ergative -მა, dative -ს, nominative -ი.
 */
const endings = [
  'ისთვის',
  'ისკენ',
  'იდან',
  'ამდე',
  'ში',
  'ზე',
  'თან',
  'დან',
  'მდე',
  'ის',
  'ით',
  'ად',
  'მა',
  'ს',
  'ი',
];

/**
 * A Georgian word without its case ending, so that all cases of a name meet: გველეთში ("in Gveleti"),
 * გველეთის, გველეთი → გველეთ. The stem keeps three letters at least. A vowel-stem name keeps its vowel
 * before -ში (სტეფანწმინდაში → სტეფანწმინდა); the term key drops a final vowel anyway (phoneticWord).
 */
export function georgianStem(word: string): string {
  const chars = Array.from(word);
  for (const ending of endings) {
    const length = Array.from(ending).length;
    if (word.endsWith(ending) && chars.length - length >= 3) return chars.slice(0, -length).join('');
  }
  return word;
}
