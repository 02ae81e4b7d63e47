// The plain baseline the engine is compared with: the Jaccard similarity of two articles' sets of
// lowercased words, counting only words of four or more letters or digits (a language-neutral way to
// drop most function words without a stop-list). No stemming, weighting, entities or dates.
import type { RankedFile } from './related-metrics.ts';

/** An article as the baseline sees it. */
export interface OverlapDocument {
  readonly file: string;
  readonly text: string;
}

/** The set of lowercased words of four or more characters. */
export function wordSet(text: string): Set<string> {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => /.{4}/u.test(word)));
}

/** |A ∩ B| / |A ∪ B|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** For every document, the others ranked by Jaccard similarity (ties by file name), top `limit`. */
export function rankByWordOverlap(
  documents: readonly OverlapDocument[],
  limit: number,
): Map<string, RankedFile[]> {
  const sets = documents.map((doc) => ({ file: doc.file, words: wordSet(doc.text) }));
  return new Map(
    sets.map((query) => [
      query.file,
      sets
        .filter((other) => other.file !== query.file)
        .map((other) => ({ file: other.file, score: jaccard(query.words, other.words) }))
        .sort((x, y) => y.score - x.score || x.file.localeCompare(y.file))
        .slice(0, limit),
    ]),
  );
}
