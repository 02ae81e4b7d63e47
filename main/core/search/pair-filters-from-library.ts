import type { DatabaseSync } from 'node:sqlite';
import { indexableArticlePage } from '../store/article-repository.ts';
import { PairFilters } from './pair-filters.ts';
import { pairFieldSequences } from './term-pairs.ts';
import { encodeSequence } from './terms.ts';

/** Articles read per query. */
const pageSize = 64;

/**
 * Every article's pair filter and the pair postings, made from the library's texts in id order as a
 * rebuild's `SearchIndex.add` makes them (the same fields, the same sample of articles), in saved
 * form: what the pair-filter worker does while the main thread rebuilds the rest of the index.
 */
export async function pairFiltersFromLibrary(
  db: DatabaseSync,
  postingSample?: number,
): Promise<{ filters: Uint32Array[]; postings: Uint32Array }> {
  const pairs = new PairFilters(postingSample);
  let cursor = 0;
  for (;;) {
    const page = indexableArticlePage(db, cursor, pageSize);
    if (page.length === 0) break;
    for (const article of page) {
      pairs.add(article.id, pairFieldSequences(article, encodeSequence(article.text)));
      cursor = article.id;
    }
  }
  return pairs.saved();
}
