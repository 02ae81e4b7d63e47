import type { QueryPlan } from './query/parse-query.ts';
import { minTypoLength, SpellingSuggester } from './spelling.ts';
import type { TermEncoder } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

/** How long after a vocabulary change the suggester is rebuilt: an import's changes coalesce into one rebuild. */
export const spellingRebuildDelayMs = 2_000;

/** Below this many terms the suggester is only built on first use (~20 ms at 20,000 terms). */
export const buildAheadTerms = 20_000;

/** The suggester of the current vocabulary, built on first use; `warm` builds it ahead in slices. */
export type Spelling = (() => SpellingSuggester) & {
  readonly warm: (yieldBetween: () => Promise<void>) => Promise<void>;
};

/**
 * Builds the suggester on first use (or ahead, at idle after open) (or for a replaced vocabulary); after the vocabulary grows or
 * shrinks it is rebuilt once in the background, never on the query path: rebuilding takes ~0.4 s
 * at 500k terms. Until then the previous one answers: a stale suggester only costs a missed or
 * useless suggestion (a useless one finds nothing and is dropped).
 */
export function createSpelling(
  vocabularyOf: () => Vocabulary,
  rebuildDelayMs = spellingRebuildDelayMs,
): Spelling {
  let built: { vocabulary: Vocabulary; size: number; suggester: SpellingSuggester } | null = null;
  let rebuilding: ReturnType<typeof setTimeout> | null = null;
  const build = (): SpellingSuggester => {
    const vocabulary = vocabularyOf();
    const suggester = new SpellingSuggester(vocabulary.frequencies());
    built = { vocabulary, size: vocabulary.size, suggester };
    return suggester;
  };
  const suggester = (): SpellingSuggester => {
    const vocabulary = vocabularyOf();
    if (built?.vocabulary !== vocabulary) return build();
    // The size is a cheap change signal.
    if (built.size !== vocabulary.size && rebuilding === null) {
      rebuilding = setTimeout(() => {
        rebuilding = null;
        build();
      }, rebuildDelayMs);
      // A pending rebuild must not keep a closing app (or a test run) alive.
      rebuilding.unref();
    }
    return built.suggester;
  };
  // Read through a call: `built` changes in other closures while the slices run.
  const isUnbuilt = (): boolean => built === null;
  const warm = async (yieldBetween: () => Promise<void>): Promise<void> => {
    const vocabulary = vocabularyOf();
    const size = vocabulary.size;
    // A small vocabulary builds in a few ms on first use, and then from the terms of that moment:
    // built ahead, it would go stale as soon as an import adds words (until the rebuild's delay).
    if (built !== null || size < buildAheadTerms) return;
    const ahead = await SpellingSuggester.inSlices(vocabulary.frequencies(), yieldBetween);
    // A query may have built one meanwhile; one built from a vocabulary since replaced is dropped.
    if (isUnbuilt() && vocabularyOf() === vocabulary && vocabulary.size === size)
      built = { vocabulary, size, suggester: ahead };
  };
  return Object.assign(suggester, { warm });
}

/**
 * The query with each unknown word of 5+ letters among its searched terms replaced by the closest
 * known term, or null when nothing could be corrected. A word still being typed counts as known
 * when some term starts with it.
 */
export function correctQuery(
  query: string,
  plan: QueryPlan,
  vocabulary: Vocabulary,
  suggester: SpellingSuggester,
  encode: TermEncoder,
): string | null {
  const corrections = new Map<string, string>();
  for (const term of plan.groups.flat()) {
    if (term.kind === 'filter') continue;
    const encoded = encode(term.text);
    encoded.forEach((t, position) => {
      if (t.length < minTypoLength || corrections.has(t)) return;
      const typing = term.kind === 'word' && term.prefix && position === encoded.length - 1;
      const known = typing ? vocabulary.expand(t, 1).length > 0 : vocabulary.frequencies().has(t);
      if (known) return;
      const suggestion = suggester.suggest(t);
      if (suggestion !== null) corrections.set(t, suggestion);
    });
  }
  if (corrections.size === 0) return null;
  // Only words that encode to exactly one corrected term are replaced; the rest stays as typed.
  return query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const encoded = encode(word);
    const only = encoded.length === 1 ? encoded[0] : undefined;
    return only === undefined ? word : (corrections.get(only) ?? word);
  });
}
