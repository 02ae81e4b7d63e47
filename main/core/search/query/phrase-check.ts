import type { DatabaseSync } from 'node:sqlite';
import { containsPhrase, normalizeText } from './normalize-text.ts';
import { phraseMatcher } from './phrase-pattern.ts';
import type { FieldCache } from './field-cache.ts';
import type { PhraseResults } from './phrase-results.ts';
import { phraseFields } from './search-rows.ts';

/** Whether an article has a phrase's words adjacent and in order, in any searched field. */
export type PhraseCheck = ((id: number, phrase: string) => boolean) & {
  /** Whether the answer is already known (checking costs nothing). */
  readonly known: (id: number, phrase: string) => boolean;
};

/**
 * Phrase checks for one query: each article's fields are read once, and each phrase is tested as
 * a pattern over the raw text (no folding) unless it needs folding (CJK, other scripts).
 */
export function createPhraseCheck(db: DatabaseSync, cache: FieldCache, results: PhraseResults): PhraseCheck {
  const folded = new Map<number, string[]>();
  const patterns = new Map<string, ((text: string) => boolean) | null>();
  const fieldsOf = (id: number): readonly string[] => cache.get(id, () => phraseFields(db, id) ?? []);
  const check = (id: number, phrase: string): boolean => {
    const known = results.of(phrase);
    let found = known.get(id);
    if (found === undefined) {
      found = test(id, phrase);
      known.set(id, found);
    }
    return found;
  };
  const test = (id: number, phrase: string): boolean => {
    let pattern = patterns.get(phrase);
    if (pattern === undefined) {
      pattern = phraseMatcher(phrase);
      patterns.set(phrase, pattern);
    }
    if (pattern !== null) {
      const matches = pattern;
      return fieldsOf(id).some((field) => matches(field));
    }
    let fields = folded.get(id);
    if (fields === undefined) {
      fields = fieldsOf(id).map(normalizeText);
      folded.set(id, fields);
    }
    return fields.some((field) => containsPhrase(field, phrase));
  };
  return Object.assign(check, { known: (id: number, phrase: string) => results.of(phrase).has(id) });
}
