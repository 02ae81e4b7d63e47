import type { DatabaseSync } from 'node:sqlite';
import { containsPhrase, normalizeText } from './normalize-text.ts';
import { phraseFinder } from './phrase-pattern.ts';
import type { FieldCache } from './field-cache.ts';
import { phraseAbsent, phraseElsewhere, type PhraseResults } from './phrase-results.ts';
import { phraseFields } from './search-rows.ts';
import { phrasePairHashes } from '../term-pairs.ts';
import type { PairHolders } from '../pair-postings.ts';

/** What the index knows of adjacency: whether an article may hold given term pairs. */
export interface PairSource {
  readonly mayHoldPairs: (id: number, hashes: readonly number[]) => boolean;
  /** Which articles the pair postings allow to hold a phrase (null: they tell nothing). */
  readonly pairHolders?: (phrase: string) => PairHolders;
}

/** Whether an article has a phrase's words adjacent and in order, in any searched field. */
export type PhraseCheck = ((id: number, phrase: string) => boolean) & {
  /** Whether the answer is already known (checking costs nothing). */
  readonly known: (id: number, phrase: string) => boolean;
  /**
   * A test false for an article whose pair filter lacks a pair of one of `phrases` (it cannot hold
   * them all); null when no phrase has pairs to test (one word, CJK).
   */
  readonly screen: (phrases: readonly string[]) => ((id: number) => boolean) | null;
  /** Where in an article's text a phrase this query found there first starts (the earliest), if known. */
  readonly textAt: (id: number) => number | undefined;
};

/**
 * What one query knows of a phrase: answers so far, its pair postings' test and term pairs, and its
 * raw-text search (null: by folding).
 */
interface PhraseState {
  readonly known: Map<number, number>;
  readonly holders: PairHolders;
  readonly hashes: readonly number[];
  readonly find: ((text: string) => number) | null;
}

/** Where a phrase is in an article's fields (title, byline, site name, text): the text first, for snippets. */
function placeIn(fields: readonly string[], find: (text: string) => number): number {
  const at = find(fields[3] ?? '');
  if (at >= 0) return at;
  return fields.slice(0, 3).some((field) => find(field) >= 0) ? phraseElsewhere : phraseAbsent;
}

/**
 * Phrase checks for one query: an article whose pair filter lacks a pair of the phrase is rejected
 * unread; the others' fields are read once, and each phrase is searched as a pattern over the raw
 * text (no folding) unless it needs folding (CJK, other scripts), which also tells where it is.
 */
export function createPhraseCheck(
  db: DatabaseSync,
  cache: FieldCache,
  results: PhraseResults,
  index: PairSource,
): PhraseCheck {
  const folded = new Map<number, string[]>();
  // Looked up once per phrase per query: `results.of` keeps its own recency order, too dear per candidate.
  const states = new Map<string, PhraseState>();
  const stateOf = (phrase: string): PhraseState => {
    let state = states.get(phrase);
    if (state === undefined) {
      const hashes = phrasePairHashes(phrase);
      const holders = index.pairHolders?.(phrase) ?? null;
      state = { known: results.of(phrase), holders, hashes, find: phraseFinder(phrase) };
      states.set(phrase, state);
    }
    return state;
  };
  const fieldsOf = (id: number): readonly string[] => cache.get(id, () => phraseFields(db, id) ?? []);
  const check = (id: number, phrase: string): boolean => {
    const state = stateOf(phrase);
    let found = state.known.get(id);
    if (found === undefined) {
      found = test(id, phrase, state);
      state.known.set(id, found);
    }
    return found !== phraseAbsent;
  };
  /** Whether the pair postings and filter let article `id` hold the phrase (its text may still not). */
  const mayHold = (id: number, { holders, hashes }: PhraseState): boolean =>
    (holders === null || holders(id)) && index.mayHoldPairs(id, hashes);
  const test = (id: number, phrase: string, state: PhraseState): number => {
    const { find } = state;
    if (!mayHold(id, state)) return phraseAbsent;
    if (find !== null) return placeIn(fieldsOf(id), find);
    let fields = folded.get(id);
    if (fields === undefined) {
      fields = fieldsOf(id).map(normalizeText);
      folded.set(id, fields);
    }
    return fields.some((field) => containsPhrase(field, phrase)) ? phraseElsewhere : phraseAbsent;
  };
  return Object.assign(check, {
    known: (id: number, phrase: string) => {
      const state = stateOf(phrase);
      const { known } = state;
      if (known.has(id)) return true;
      // Rejected by its filter: answered now, so the check that follows finds it instead of asking again.
      if (mayHold(id, state)) return false;
      known.set(id, phraseAbsent);
      return true;
    },
    screen: (phrases: readonly string[]) => {
      const states = phrases.map(stateOf).filter((state) => state.hashes.length > 0);
      if (states.length === 0) return null;
      // A plain loop: a closure per candidate was a tenth of a long phrase walk. The postings'
      // bit test first: it rejects most candidates of a rare phrase of common words.
      return (id: number) => {
        for (const state of states) if (!mayHold(id, state)) return false;
        return true;
      };
    },
    textAt: (id: number) => {
      let earliest: number | undefined;
      for (const { known } of states.values()) {
        const at = known.get(id) ?? phraseAbsent;
        if (at >= 0 && (earliest === undefined || at < earliest)) earliest = at;
      }
      return earliest;
    },
  });
}
