// Round 55: a name read only from its capitals is as often a company or a ship as a town, so sharing
// one is a specific of the story (story-specific.ts). But a text that writes the name before a word of
// an administrative division ("the highway bureau of Hotan prefecture", "Powys county") says it is a
// place: two episodes at one place (a flood and a sandstorm on one desert highway, both naming the
// prefecture) share it as they share any town, and a place is no specific of either.

/** Lower-case words of administrative divisions written after the division's own name (or plural). */
const divisionWords =
  '(?:prefecture|county|province|district|region|municipality|township|governorate|oblast|raion|voivodeship|canton)s?';

/** A division word used of a company's own units: "Azure region", "Amazon region managers". */
const companyUnit =
  '\\s+(?:managers?|office|offices|sales|director|directors|head|team|teams)(?![\\p{L}\\p{N}])';

/** Word edges that know letters beyond ASCII (`\\b` does not, even with the `u` flag: "oblastí"). */
const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

/** Any division word: most texts hold none, and the reading stops there. */
const anyDivision = new RegExp(`${before}${divisionWords}${after}`, 'u');
/** A capitalised word just before a division word: the division's name (its last word). */
const namedDivision = new RegExp(
  `${before}(\\p{Lu}\\p{Ll}+)\\s+${divisionWords}${after}(?!${companyUnit})`,
  'gu',
);

/** The capitalised words a text writes just before a lower-case division word (one pass, or none). */
export function divisionNames(text: string): ReadonlySet<string> {
  if (!anyDivision.test(text)) return new Set();
  return new Set(Array.from(text.matchAll(namedDivision), (m) => m[1] ?? '').filter((w) => w !== ''));
}

/** Whether a name read from capitals is a division's by the text (its last word written before one). */
export function namesADivision(name: string, divisions: ReadonlySet<string>): boolean {
  if (divisions.size === 0) return false;
  return divisions.has(name.trim().split(/\s+/u).at(-1) ?? '');
}
