// Unicode property lookups for charset scoring (guess-charset.ts), cached per character:
// every candidate decoding re-reads the same few hundred characters, and regex property tests are slow.

/** Whether a character is a letter of any script. */
export function isWordLetter(char: string): boolean {
  return classOf(char).letter;
}

/** The script group a character counts towards, or null for one of no listed script (digits, punctuation, harakat). */
export function scriptOf(char: string): string | null {
  return classOf(char).script;
}

/** The Unicode properties charset scoring reads for one character. */
export interface CharClass {
  readonly letter: boolean;
  readonly lower: boolean;
  readonly upper: boolean;
  readonly mark: boolean;
  readonly script: string | null;
}

/** Unicode property lookups per character, cached: every candidate re-reads the same few hundred characters. */
const charClasses = new Map<string, CharClass>();

/** The character's properties, from a bounded cache. */
export function classOf(char: string): CharClass {
  let found = charClasses.get(char);
  if (found === undefined) {
    found = {
      letter: /\p{L}/u.test(char),
      lower: /\p{Ll}/u.test(char),
      upper: /\p{Lu}/u.test(char),
      mark: /\p{M}/u.test(char),
      script: readScript(char),
    };
    // CJK text can bring tens of thousands of distinct characters: bound the cache.
    if (charClasses.size > 20000) charClasses.clear();
    charClasses.set(char, found);
  }
  return found;
}

function readScript(char: string): string | null {
  if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(char)) return 'greek';
  if (/\p{Script=Hebrew}/u.test(char)) return 'hebrew';
  if (/\p{Script=Arabic}/u.test(char)) return 'arabic';
  // Japanese mixes kanji and kana, Korean hangul and hanja: one CJK group.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char)) return 'cjk';
  if (/\p{Script=Latin}/u.test(char)) return 'latin';
  return null;
}
