// English names a street by its own name and the word "Street" ("Barona Street", "Foch Street"); the
// city's language writes the word apart and in lower case ("Barona iela", "Barona ielā", "ulica
// Focha", "Horodotska vulytsia"), so only the name itself is read from its capitals there. A street
// named in English is therefore keyed by its name alone, and a Latvian follow-up meets the English
// report on the street the story happens in. A street named after a person is keyed by the name's
// last word, as the person would be: the English report writes "Krišjāņa Barona Street", its
// headline and the Latvian text "Barona". Only words that name nothing but a street are cut:
// "Road" and "Square" end names of other things too ("Silk Road", "Abbey Road", "Trafalgar Square").

/** Last words that make a name a street's, in English and in the languages that write them after it. */
const streetWords: ReadonlySet<string> = new Set(
  'street avenue boulevard iela ielā ielas ielu utca utcában utcán gatvė gatvėje'.split(' '),
);

/** A street's own name, shorter than this, is too often an initial or a number ("A Street", "5th Avenue"). */
const minimumNameLength = 4;

/**
 * The last word of a street's own name ("Barona Street" and "Krišjāņa Barona Street" → "Barona"), or
 * undefined for any other name.
 */
export function streetOwnName(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length < 2 || !streetWords.has(last)) return undefined;
  const own = words.at(-2)?.replace(/[^\p{L}]/gu, '') ?? '';
  return /^\p{Lu}/u.test(own) && own.length >= minimumNameLength ? own : undefined;
}
