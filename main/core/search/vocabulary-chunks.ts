/** A saved vocabulary: chunks of sorted terms (to join with newlines) and of their frequencies (commas). */
export interface VocabularyChunks {
  readonly terms: readonly string[];
  readonly frequencies: readonly string[];
}
