// Names are compared without case, diacritics, dots or possessive endings; Russian words are also
// cut to a rough stem so that "Москве", "Москвы" and "Москва" compare equal.

const russianEndings = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'й',
  'ь',
];

/** A rough Russian stem: one common case ending cut from a Cyrillic word of four letters or more. */
export function russianStem(word: string): string {
  if (word.length < 4 || !/^[\u0400-\u04ff-]+$/u.test(word)) return word;
  // A hyphenated name ("Алма-Ате") declines on its last part only.
  const hyphen = word.lastIndexOf('-');
  const head = word.slice(0, hyphen + 1);
  const tail = word.slice(hyphen + 1);
  for (const ending of russianEndings)
    if (tail.endsWith(ending) && tail.length - ending.length >= (hyphen >= 0 ? 2 : 3))
      return head + tail.slice(0, -ending.length);
  return word;
}

/** Lower-cased, without diacritics, dots or typographic apostrophes, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, (mark) => (mark === '\u0306' || mark === '\u0308' ? mark : ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The comparison key of a name: folded, each word stemmed if Russian. */
export function nameKey(name: string): string {
  return foldName(name)
    .split(' ')
    .map((word) => russianStem(word))
    .join(' ');
}

/** The first word of a key ("vladimir" of "vladimir putin"). */
export function firstWord(key: string): string {
  return key.split(' ')[0] ?? '';
}

/** The last word of a key ("putin" of "vladimir putin"). */
export function lastWord(key: string): string {
  return key.split(' ').at(-1) ?? '';
}
