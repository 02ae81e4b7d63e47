/* eslint-disable @typescript-eslint/no-misused-spread -- synthetic words have no combining marks or emoji: code points are letters */
// The benchmark's query classes, drawn from the stored text of random articles so most queries hit.
import type { DatabaseSync } from 'node:sqlite';
import type { Random } from './synthetic-text.ts';

/** Query class name → the search box values to time. */
export type QuerySets = Record<string, string[]>;

interface SourceRow {
  readonly text: string;
  readonly site_name: string;
  readonly lang: string;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

function letters(word: string): number {
  return [...word].length;
}

function typo(word: string, random: Random): string {
  const chars = [...word];
  const at = 1 + Math.floor(random() * (chars.length - 2));
  // Swapping two neighbouring letters is the commonest typing slip.
  [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
  return chars.join('');
}

/**
 * Builds `perClass` queries for each class. The UI trims what was typed, so the last word of
 * every query is searched as a prefix, exactly as in the app.
 */
export function buildQuerySets(db: DatabaseSync, maxId: number, perClass: number, random: Random): QuerySets {
  const statement = db.prepare(
    "SELECT text, coalesce(site_name, '') AS site_name, lang FROM articles WHERE id = ?",
  );
  const sets: QuerySets = { single: [], multi: [], phrase: [], prefix: [], filter: [], typo: [] };
  const years = ['after:2020', 'before:2010', 'on:2015'];
  while ((sets.typo?.length ?? 0) < perClass) {
    const row = statement.get(1 + Math.floor(random() * maxId)) as SourceRow | undefined;
    if (row === undefined) continue;
    const words = [...row.text.slice(0, 4000).matchAll(wordPattern)].map((m) => m[0].toLowerCase());
    if (words.length < 10) continue;
    const at = Math.floor(random() * (words.length - 3));
    const word = (i: number): string => words[(at + i) % words.length] ?? '';
    const far = (): string => words[Math.floor(random() * words.length)] ?? '';
    const push = (name: string, query: string): void => {
      const list = sets[name];
      if (list !== undefined && list.length < perClass) list.push(query);
    };
    push('single', word(0));
    push('multi', random() < 0.5 ? `${word(0)} ${far()}` : `${word(0)} ${far()} ${far()}`);
    push('phrase', `"${word(0)} ${word(1)}${random() < 0.5 ? ` ${word(2)}` : ''}"`);
    const prefixLength = 2 + Math.floor(random() * 3);
    if (letters(word(1)) > prefixLength) push('prefix', [...word(1)].slice(0, prefixLength).join(''));
    const filter = [`site:${row.site_name}`, years[Math.floor(random() * years.length)], `lang:${row.lang}`];
    push('filter', `${filter[Math.floor(random() * filter.length)] ?? ''} ${word(2)}`);
    const long = words.find((w, i) => i >= at && letters(w) >= 6);
    if (long !== undefined) push('typo', typo(long, random));
  }
  return sets;
}
