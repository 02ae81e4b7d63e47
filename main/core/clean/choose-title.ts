import type { DeclaredMetadata } from './extract-metadata.ts';

/** Separators sites put between a headline and their name in <title> ("Headline — Site", "Headline | Site"). */
const siteSuffix = /^\s*[-–—|:·•»]\s*\S/;

/**
 * Picks the article title. Readability's title is usually <title>, which may carry a site
 * suffix; when it is a declared headline (og:title, JSON-LD headline, h1) plus such a suffix,
 * the declared headline wins.
 */
export function chooseTitle(
  declared: DeclaredMetadata,
  readabilityTitle: string | null,
  fileName: string,
): string {
  const headlines = [declared.ogTitle, declared.headline, declared.h1].filter((title) => title !== null);
  for (const full of [readabilityTitle, declared.documentTitle]) {
    if (full === null) continue;
    const headline = headlines.find(
      (candidate) => full.startsWith(candidate) && siteSuffix.test(full.slice(candidate.length)),
    );
    if (headline !== undefined) return headline;
  }
  return readabilityTitle ?? headlines[0] ?? declared.documentTitle ?? fileName;
}
