/** One line of the search help: what to type, an example, and what it does. */
export interface QueryHelpEntry {
  readonly syntax: string;
  readonly example: string;
  readonly meaning: string;
}

/** The query language, as the `?` popover and the README describe it. */
export const queryHelp: readonly QueryHelpEntry[] = [
  { syntax: 'words', example: 'glacier retreat', meaning: 'Articles with all the words (any order).' },
  { syntax: '"phrase"', example: '"written in gravel"', meaning: 'The words side by side, in this order.' },
  {
    syntax: '-word, -"phrase"',
    example: 'glacier -alps',
    meaning: 'Leaves out articles with the word or phrase.',
  },
  {
    syntax: 'OR',
    example: 'moraine OR drumlin',
    meaning:
      'Either term or group. A filter applies to the whole search: for either of two, use parentheses, (site:a OR site:b).',
  },
  {
    syntax: '( … )',
    example: '(ice OR snow) melt',
    meaning: 'Groups terms, usually around OR; a filter inside applies to its group (site:a OR site:b).',
  },
  { syntax: 'title:', example: 'title:sourdough', meaning: 'The word in the title.' },
  { syntax: 'author:', example: 'author:ostrom', meaning: 'The word in the byline.' },
  { syntax: 'site:', example: 'site:nature.com', meaning: 'Saved from this site.' },
  { syntax: 'lang:', example: 'lang:de', meaning: 'Written in this language.' },
  {
    syntax: 'before: after: on:',
    example: 'after:2020-03 before:2021',
    meaning: 'Published (or captured) in a date range: YYYY, YYYY-MM or YYYY-MM-DD.',
  },
  {
    syntax: 'on: range',
    example: 'on:2020-03..2021',
    meaning: 'A date range, ends included; either end may be left open (on:..2019, on:2020..).',
  },
  {
    syntax: 'added:',
    example: 'added:2024-05..2024-06',
    meaning: 'When the article entered the library: one period or a range.',
  },
  {
    syntax: 'is:duplicate',
    example: 'is:duplicate',
    meaning: 'Articles that are another copy of a saved page.',
  },
  {
    syntax: 'entity: tag:',
    example: 'entity:"Ada Lovelace"',
    meaning: 'Articles with a confirmed mention of the entity, by name or alias (tag: is the same).',
  },
  { syntax: 'has:links', example: 'has:links', meaning: 'Articles linked to or from another article.' },
  {
    syntax: '-filter',
    example: '-site:example.com -is:duplicate',
    meaning: 'Any filter negated with - keeps what the filter would drop.',
  },
  { syntax: 'prefix', example: 'glaci', meaning: 'While typing, the last word also matches longer words.' },
  {
    syntax: 'typos',
    example: 'glaceir',
    meaning: 'Words of 5+ letters are corrected when nothing matches exactly.',
  },
  { syntax: 'sort', example: 'Relevance or date', meaning: 'Choose the order in the results header.' },
];
