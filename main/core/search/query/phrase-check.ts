import type { DatabaseSync } from 'node:sqlite';
import { containsPhrase, normalizeText } from './normalize-text.ts';
import { phraseMatcher } from './phrase-pattern.ts';
import type { FieldCache } from './field-cache.ts';
import { phraseFields } from './search-rows.ts';

/** Whether an article has a phrase's words adjacent and in order, in any searched field. */
export type PhraseCheck = (id: number, phrase: string) => boolean;

/**
 * Phrase checks for one query: each article's fields are read once, and each phrase is tested as
 * a pattern over the raw text (no folding) unless it needs folding (CJK, other scripts).
 */
export function createPhraseCheck(db: DatabaseSync, cache: FieldCache): PhraseCheck {
  const folded = new Map<number, string[]>();
  const patterns = new Map<string, ((text: string) => boolean) | null>();
  const fieldsOf = (id: number): readonly string[] => cache.get(id, () => phraseFields(db, id) ?? []);
  return (id, phrase) => {
    let pattern = patterns.get(phrase);
    if (pattern === undefined) {
      pattern = phraseMatcher(phrase);
      patterns.set(phrase, pattern);
    }
    if (pattern !== null) {
      const test = pattern;
      return fieldsOf(id).some((field) => test(field));
    }
    let fields = folded.get(id);
    if (fields === undefined) {
      fields = fieldsOf(id).map(normalizeText);
      folded.set(id, fields);
    }
    return fields.some((field) => containsPhrase(field, phrase));
  };
}
