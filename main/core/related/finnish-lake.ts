// Finnish writes a lake as one word, its name and "järvi" in one of the language's cases:
// "Inarijärvi", "Inarijärven" (of), "Inarijärvellä" (on), "Inarijärvelle" (to); Estonian writes it
// apart ("Peipsi järv", "Peipsi järvel"). English writes "Lake Inari", and sometimes keeps the Finnish
// word ("Lake Pyhäjärvi"). All of these are read as "Lake <name>", so one lake has one entity key in
// any of the three languages and a Finnish follow-up meets the English report on the lake it names.

const finnishLake = /^(?:lake\s+)?(\p{L}{3,}?)-?järv(?:i|en|ellä|elle|eltä|essä|estä|eä|een|et|ien|iä)$/iu;
const estonianLake = /^(\p{L}{3,})\s+järv(?:e|el|ele|elt|es|est|ee)?$/iu;

/** "Lake <name>" for a Finnish or Estonian lake name in any case ("Inarijärven" → "Lake Inari"), or undefined. */
export function lakeName(name: string): string | undefined {
  const stem = finnishLake.exec(name)?.[1] ?? estonianLake.exec(name)?.[1];
  if (stem === undefined) return undefined;
  return `Lake ${stem.charAt(0).toUpperCase()}${stem.slice(1).toLowerCase()}`;
}
