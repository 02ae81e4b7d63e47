// Tamil names read by their consonants, for consonant-skeleton.ts (the classes it gives the other scripts).

/**
 * Round 46: Tamil writes one letter for a stop and its voiced twin (த is t and d), voiced between vowels
 * and after a nasal, unvoiced first in a word and doubled (மதுக்கரை Madukkarai, கோயம்புத்தூர் Coimbatore).
 */
const tamilStops: Readonly<Record<string, readonly [string, string]>> = {
  க: ['k', 'g'],
  ச: ['s', 'g'],
  ட: ['t', 'd'],
  த: ['t', 'd'],
  ப: ['p', 'b'],
};
const tamilOthers: Readonly<Record<string, string>> = {
  ங: 'n',
  ஞ: 'n',
  ண: 'n',
  ந: 'n',
  ன: 'n',
  ம: 'm',
  ர: 'r',
  ற: 'r',
  ல: 'l',
  ள: 'l',
  ழ: 's',
  வ: 'b',
  ஜ: 'g',
  ஷ: 's',
  ஸ: 's',
};
const tamilVirama = '\u0bcd';
const tamilNasal = /[ஙஞணநனம]/u;

/** The consonant classes of a Tamil word, each stop voiced or not by its neighbours. */
export function tamilClasses(word: string): string {
  const letters = Array.from(word);
  return letters
    .map((c, i) => {
      const stop = tamilStops[c];
      if (stop === undefined) return tamilOthers[c] ?? '';
      const before = letters[i - 1];
      const doubled = letters[i + 1] === tamilVirama && letters[i + 2] === c;
      if (before === undefined || doubled) return stop[0];
      if (before !== tamilVirama) return c === 'ச' ? 's' : stop[1];
      // ந்த is romanised nth (செந்தில் Senthil), the other nasals' stops voiced (மணிகண்டன் Manikandan).
      const consonant = letters[i - 2] ?? '';
      return tamilNasal.test(consonant) && !(consonant === 'ந' && c === 'த') ? stop[1] : stop[0];
    })
    .join('');
}

/** Tamil case endings a place name is written with (மதுக்கரையில் "in Madukkarai", கோவைக்கு "to Kovai"). */
export const tamilEndings =
  /(?:த்திலிருந்து|யிலிருந்து|ிலிருந்து|த்தில்|த்துக்கு|த்தின்|யில்|வில்|ில்|க்குச்|க்கு|ுக்கு|ின்|ுடன்|ிடம்|ால்|யை|ை)$/u;
