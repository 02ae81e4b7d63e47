import { fillPostingIdsSteps } from './fill-posting-ids.ts';
import type { PackedPostings } from './lazy-postings.ts';
import { sortSteps } from './sort-in-slices.ts';
import { SortedTerms } from './sorted-terms.ts';
import { TermTable } from './term-table.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What a seal gives: every term's packed list, sorted, and its article count. */
export interface SealedPostings {
  readonly postings: Required<PackedPostings> & { terms: string[] };
  readonly counts: Uint32Array;
}

/** Terms laid out per slice of a seal (a power of two, less one, as a mask). */
const sliceMask = (1 << 14) - 1;

/** Words per chunk of the per-article store (16 MB); an article longer than that gets its own chunk. */
const chunkWords = 1 << 22;

/**
 * The body posting lists of a fresh rebuild, kept in typed arrays instead of one JS array per term:
 * each article's distinct term ids are appended to a flat store, and `seal` inverts them into the
 * packed, sorted layout a save writes and a reopen reads (one bucket per term, ids in insertion
 * order, as FlexSearch's strict tokenizer keeps them at resolution 1). Millions of small arrays made
 * every major garbage collection of a rebuilt library walk them (long pauses during the first save).
 */
export class BodyPostingsBuilder {
  /** Every body term with its id, its article count and the last article (id + 1) that had it. */
  #terms = new TermTable();
  /** Per article: its id, its number of distinct terms, then their term ids. */
  readonly #chunks: Uint32Array[] = [];
  #chunk = new Uint32Array(chunkWords);
  #at = 0;

  /** Records the terms of article `id`'s body (a new id); returns how many distinct terms it has. */
  add(id: number, terms: readonly string[]): number {
    if (this.#at + terms.length + 2 > this.#chunk.length) {
      this.#chunks.push(this.#chunk.subarray(0, this.#at));
      this.#chunk = new Uint32Array(Math.max(chunkWords, terms.length + 2));
      this.#at = 0;
    }
    const chunk = this.#chunk;
    const head = this.#at;
    let at = head + 2;
    const mark = id + 1;
    for (const term of terms) {
      if (term === '') continue;
      const termId = this.#terms.noteIn(term, mark);
      if (termId >= 0) chunk[at++] = termId;
    }
    chunk[head] = id;
    chunk[head + 1] = at - head - 2;
    this.#at = at;
    return at - head - 2;
  }

  /** Whether article `id` (the one being added) has `term` in its body. */
  has(term: string, id: number): boolean {
    return this.#terms.lastNotedBy(term, id + 1);
  }

  /** Whether no article was recorded. */
  get empty(): boolean {
    return this.#terms.size === 0;
  }

  /**
   * The recorded lists packed in sorted term order, with each term's article count (its vocabulary
   * frequency), as steps of a few ms each (sorting terms, laying out lists, filling in ids): a rebuild
   * seals between events, as at 100,000 articles it is seconds of work. The builder is spent afterwards.
   */
  *sealSteps(): Generator<void, SealedPostings> {
    this.#chunks.push(this.#chunk.subarray(0, this.#at));
    const terms = yield* sortSteps(this.#terms.terms);
    const termCount = terms.length;
    const termCounts = yield* this.#terms.countsSteps();
    const starts = new Uint32Array(termCount);
    const counts = new Uint32Array(termCount);
    /** Per term id: the next word to write one of its ids to. */
    const fill = new Uint32Array(termCount);
    let total = 0;
    for (let i = 0; i < termCount; i += 1) {
      const termId = Math.max(0, this.#terms.idOf(terms[i] ?? ''));
      const count = termCounts[termId] ?? 0;
      starts[i] = total;
      counts[i] = count;
      fill[termId] = total + 2;
      total += 2 + count;
      if ((i & sliceMask) === sliceMask) yield;
    }
    // The ids are known now: the table of terms (~130 MB at 100,000 articles) can go before the fill.
    this.#terms = new TermTable(1);
    // Fresh memory, touched page by page as lists fill (the headers come last: written first, they
    // touched every page before the store below was let go).
    const words = new Uint32Array(total);
    yield;
    // The builder lets go of its store, and each chunk is dropped once read: the packed lists grow
    // as the store shrinks, where both whole were the rebuild's peak (~400 MB each at 100,000 articles).
    const chunks = this.#chunks.splice(0);
    this.#chunk = new Uint32Array(0);
    this.#at = 0;
    yield* fillPostingIdsSteps(chunks, fill, words);
    // In slices: at the end of a long fill, the pages of a rare term's short list are still fresh.
    for (let i = 0; i < termCount; i += 1) {
      const start = starts[i] ?? 0;
      words[start] = 1;
      words[start + 1] = counts[i] ?? 0;
      if ((i & sliceMask) === sliceMask) yield;
    }
    return { postings: { terms, words, starts }, counts };
  }
}

/**
 * Seals a rebuild's builder in steps: the sorted terms are packed as bytes, as a reopen reads them,
 * then `install` takes the packed lists and `vocabulary` their article counts in its own steps. The
 * lists and the vocabulary share the one packed term list; the term strings (about 600,000 at
 * 100,000 articles, ~75 MB of small heap objects every later full garbage collection walked) go with
 * the builder.
 */
export function* sealBuilderSteps(
  builder: BodyPostingsBuilder,
  install: (postings: Required<PackedPostings>) => void,
  vocabulary: Vocabulary,
): Generator<void, void> {
  const { postings, counts } = yield* builder.sealSteps();
  const terms = yield* SortedTerms.fromSortedSteps(postings.terms);
  install({ ...postings, terms });
  yield;
  yield* vocabulary.sortedCountsSteps(terms, counts);
}
