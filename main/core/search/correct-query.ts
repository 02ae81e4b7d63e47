import type { QueryPlan } from './query/parse-query.ts';
import { minTypoLength, SpellingSuggester } from './spelling.ts';
import type { TermEncoder } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Builds the suggester on first use and again once the vocabulary has grown or shrunk. */
export function createSpelling(vocabularyOf: () => Vocabulary): () => SpellingSuggester {
  let built: { vocabulary: Vocabulary; size: number; suggester: SpellingSuggester } | null = null;
  return () => {
    const vocabulary = vocabularyOf();
    // The size is a cheap change signal; a stale suggester only costs a missed or useless suggestion.
    if (built?.vocabulary !== vocabulary || built.size !== vocabulary.size) {
      const suggester = new SpellingSuggester(vocabulary.frequencies());
      built = { vocabulary, size: vocabulary.size, suggester };
    }
    return built.suggester;
  };
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
