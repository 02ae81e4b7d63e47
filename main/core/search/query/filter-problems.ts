import { isQueryDate, parseDateRange } from './query-dates.ts';

/** Filters that work today. */
export const knownFilters = [
  'title',
  'author',
  'site',
  'lang',
  'before',
  'after',
  'on',
  'added',
  'is',
  'entity',
  'tag',
  'has',
] as const;

/** A filter name that applies today. */
export type KnownFilter = (typeof knownFilters)[number];

/** The values `is:` understands. */
const isValues: readonly string[] = ['duplicate'];

/** The values `has:` understands. */
const hasValues: readonly string[] = ['links'];

const dateHelp = 'use YYYY, YYYY-MM or YYYY-MM-DD';

/** Whether a lowercased filter name is one that applies today. */
export function isKnownFilter(name: string): name is KnownFilter {
  return (knownFilters as readonly string[]).includes(name);
}

/** Why a filter cannot apply (unknown, malformed value), or null when it can. */
export function filterProblem(name: string, value: string, raw: string): string | null {
  const field = name.toLowerCase();
  if (!isKnownFilter(field)) return `Unknown filter “${name}:” — known filters: ${knownFilters.join(', ')}`;
  if (value === '')
    return /\s/u.test(raw)
      ? `“${raw}”: write the value right after the colon, with no space (${raw.replace(/\s+/u, '')})`
      : `“${raw}” needs a value right after the colon (${field}:…)`;
  if (field === 'before' || field === 'after') {
    if (value.includes('..')) return `“${raw}” takes one date: for a range use on:${value}`;
    if (!isQueryDate(value)) return `“${raw}” is not a date: ${dateHelp}`;
  }
  if ((field === 'on' || field === 'added') && parseDateRange(value) === null) {
    return `“${raw}” is not a date or range: ${dateHelp}, or a range like 2020-01..2020-06, ..2020, 2020..`;
  }
  if (field === 'is' && !isValues.includes(value.toLowerCase())) {
    return `Unknown “is:${value}” — known: ${isValues.map((v) => `is:${v}`).join(', ')}`;
  }
  if (field === 'has' && !hasValues.includes(value.toLowerCase())) {
    return `Unknown “has:${value}” — known: ${hasValues.map((v) => `has:${v}`).join(', ')}`;
  }
  return null;
}
