// Armenian has one customary Latin spelling per letter, the one maps, signs and English reports use:
// Երևան is Yerevan, Կարմիր բլուր Karmir Blur, Գասպարյան Gasparyan. Before round 41 an Armenian word was
// neither romanised nor cut from its case ending, so an Armenian report shared no name, place or term
// with the English report on the same find ("entities []; numbers []; terms []").

/** Armenian letters (lower case) in Latin letters (Eastern Armenian, as BGN/PCGN; ու and initial ե, ո below). */
const letters: Readonly<Record<string, string>> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'ev',
};

const armenianLetter = /[\u0531-\u0556\u0561-\u0587]/u;
const armenianWord = /[\u0531-\u0556\u0561-\u0587]+/gu;

/** Whether a word is written in Armenian letters only. */
export function isArmenian(word: string): boolean {
  return word !== '' && Array.from(word).every((c) => armenianLetter.test(c));
}

/** One Armenian word in Latin letters: ու is u, ե and ո open a word as ye and vo (Երևան Yerevan). */
function romaniseWord(word: string): string {
  const lower = word.toLowerCase().replace(/ու/gu, '\u0000');
  let out = '';
  let first = true;
  for (const c of lower) {
    if (c === '\u0000') out += 'u';
    else if (first && c === 'ե') out += 'ye';
    else if (first && c === 'ո') out += 'vo';
    else out += letters[c] ?? c;
    first = false;
  }
  return out;
}

/** Armenian words of a text in Latin letters, the rest left as it is ("Երևանի" → "yerevani"). */
export function romaniseArmenian(text: string): string {
  return armenianLetter.test(text) ? text.replace(armenianWord, romaniseWord) : text;
}

/**
 * Endings glued to an Armenian noun, longest first: the plural -ներ with its cases, ablative -ից,
 * locative -ում, instrumental -ով, genitive and dative -ի, and the article -ը. Dative -ին and the
 * article -ն after a vowel are left: names end so too (Պուտին, Երևան).
 */
const endings = ['ներից', 'ներում', 'ներով', 'ների', 'ներ', 'ից', 'ում', 'ով', 'ի', 'ը'];

/**
 * An Armenian word without its case ending or article, so that all forms of a name meet: Երևանի ("of
 * Yerevan"), Երևանում ("in Yerevan") → Երևան; Գասպարյանը → Գասպարյան. The stem keeps three letters.
 */
export function armenianStem(word: string): string {
  const chars = Array.from(word);
  for (const ending of endings) {
    const length = Array.from(ending).length;
    if (word.endsWith(ending) && chars.length - length >= 3) return chars.slice(0, -length).join('');
  }
  return word;
}
