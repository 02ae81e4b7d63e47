/** An example of each filter with its value, as the search help writes it. */
const examples: Readonly<Record<string, string>> = {
  title: 'title:ceasefire, or title:"live blog" for several words',
  author: 'author:ostrom, or author:"Ada Lovelace"',
  site: 'site:nature.com',
  lang: 'lang:de',
  before: 'before:2021 (YYYY, YYYY-MM or YYYY-MM-DD)',
  after: 'after:2020-03 (YYYY, YYYY-MM or YYYY-MM-DD)',
  on: 'on:2020-03, or a range: on:2020..2021',
  added: 'added:2026-11, or a range: added:2026-11-01..2026-11-20',
  is: 'is:duplicate',
  entity: 'entity:"Ada Lovelace"',
  tag: 'tag:putin, or tag:"Ada Lovelace"',
  has: 'has:links',
};

/** The filters the search box knows, in the order the help lists them. */
export const hintedFilters = Object.keys(examples);

/**
 * Why a query that found nothing found nothing, when it is a filter's name and colon alone ("title:",
 * "-site:", "(lang:"): a filter still being typed is left out without a word, so on its own it
 * searches for nothing. Says how to write it; null for any other query ("moon title:" found nothing
 * because of "moon").
 */
export function unfinishedFilterHint(query: string): string | null {
  const match = /^[\s(]*-?(\p{L}+):$/u.exec(query.trim());
  const name = match?.[1];
  if (name === undefined) return null;
  const example = examples[name.toLowerCase()];
  if (example === undefined)
    return `“${name}:” is not a filter, and nothing follows its colon. Filters: ${hintedFilters.map((f) => `${f}:`).join(' ')}`;
  return `“${name}:” has nothing after its colon, so it filters nothing. Write the value right after the colon, without a space: ${example}.`;
}
