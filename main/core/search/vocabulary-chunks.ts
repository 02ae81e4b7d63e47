/** A saved vocabulary: chunks of sorted terms (to join with newlines) and of their frequencies (commas). */
export interface VocabularyChunks {
  readonly terms: readonly string[];
  readonly frequencies: readonly string[];
}

/** A saved vocabulary's chunks joined, as `Vocabulary.fromJSON` reads them. */
export function joinedChunks(chunks: VocabularyChunks): { terms: string; frequencies: string } {
  return { terms: chunks.terms.join('\n'), frequencies: chunks.frequencies.join(',') };
}
