/** How many recent phrases keep their verified articles. */
const keptPhrases = 16;

/** A phrase check's answer for one article: where its text holds the phrase first (0 or more), or one of these. */
export const phraseAbsent = -1;
/** Found, but at no known place of the text: in the title, byline or site name, or by folding. */
export const phraseElsewhere = -2;

/**
 * Phrase checks already made, by phrase then article: a page filled over several calls (or the same
 * phrase asked again) never re-reads a text. Cleared whenever the index changes, as any article's
 * text may have.
 */
export class PhraseResults {
  readonly #byPhrase = new Map<string, Map<number, number>>();

  /** The answers known for a phrase by article (the same map on every call until cleared). */
  of(phrase: string): Map<number, number> {
    let results = this.#byPhrase.get(phrase);
    if (results === undefined) {
      results = new Map();
      this.#byPhrase.set(phrase, results);
      for (const old of this.#byPhrase.keys()) {
        if (this.#byPhrase.size <= keptPhrases) break;
        this.#byPhrase.delete(old);
      }
    } else {
      // Most recently used last, so the oldest leaves first.
      this.#byPhrase.delete(phrase);
      this.#byPhrase.set(phrase, results);
    }
    return results;
  }

  /** Forgets everything (an article was added, changed or removed). */
  clear(): void {
    this.#byPhrase.clear();
  }
}
