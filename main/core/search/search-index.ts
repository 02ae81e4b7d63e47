import { Document, type Id } from 'flexsearch';
import {
  compactInto,
  documentInternals,
  packSnapshot,
  removeId,
  restoreSnapshot,
  type DocumentInternals,
  type IndexSnapshot,
  type LoadedSnapshot,
} from './index-snapshot.ts';
import { LazyPostings } from './lazy-postings.ts';
import { SealableBuild } from './sealable-build.ts';
import { createTermEncoder, encodeSequence, recordingEncoder, type TermEncoder } from './terms.ts';
import { Vocabulary } from './vocabulary.ts';
import { PairFilters, type SavedPairs } from './pair-filters.ts';
import type { PairHolders } from './pair-postings.ts';
import { hasCjk } from './fold-text.ts';
import { pairFieldSequences } from './term-pairs.ts';
import { pushBodyTerms } from './push-body-terms.ts';
import { joinedChunks, type VocabularyChunks } from './vocabulary-chunks.ts';
import { defaultIndexOptions, type SearchIndexOptions } from './index-options.ts';
import { SpoilableSnapshot } from './spoilable-snapshot.ts';
import { searchFields, type IndexedArticle, type SearchField } from './search-fields.ts';

export { defaultIndexOptions, type SearchIndexOptions } from './index-options.ts';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type IndexDocument = { -readonly [K in keyof IndexedArticle]: IndexedArticle[K] };

/**
 * The in-memory FlexSearch index plus the vocabulary for prefix expansion. Every field uses the
 * `strict` tokenizer (whole terms); prefixes are expanded by the caller through `vocabulary`.
 */
export class SearchIndex {
  readonly encode: TermEncoder;
  #vocabulary = new Vocabulary();
  /** Only `add` of new articles so far: every field's lists are built in typed arrays until anything reads or changes them. */
  readonly #build: SealableBuild;
  /** Encodes a field's distinct terms (FlexSearch's second, untyped argument asks for distinct terms). */
  readonly #encodeDistinct: (text: string) => string[];
  readonly #document: Document<IndexDocument>;
  readonly #internals: DocumentInternals;
  /** The terms FlexSearch encoded for the article being added, so the vocabulary need not encode it again. */
  #recorded: string[][] | null = null;
  /** Whether body terms are pushed straight into FlexSearch's body map (see `pushBodyTerms`). */
  readonly #directBody: boolean;
  /** Each article's adjacent term pairs, so a phrase check skips most texts unread (null: none kept). */
  readonly #pairs: PairFilters | null;
  #size = 0;
  #added = 0;
  /** A chunked export (`snapshot`), which a mutation meanwhile spoils. */
  readonly #snapshots = new SpoilableSnapshot();

  constructor(options: SearchIndexOptions = {}) {
    const { bodyResolution, metaResolution, fastupdate, pairFilters, pairPostingSample } = {
      ...defaultIndexOptions,
      ...options,
    };
    const { encoder, encode } = createTermEncoder();
    this.encode = encode;
    const { recording, encodeDistinct } = recordingEncoder(encoder, (terms) => this.#recorded?.push(terms));
    this.#encodeDistinct = encodeDistinct;
    this.#pairs = pairFilters ? new PairFilters(pairPostingSample) : null;
    this.#directBody = bodyResolution === 1 && !fastupdate;
    this.#document = new Document<IndexDocument>({
      id: 'id',
      index: searchFields.map((field) => ({
        field,
        tokenize: 'strict' as const,
        encoder: recording,
        resolution: field === 'body' ? bodyResolution : metaResolution,
        fastupdate,
      })),
    });
    this.#internals = documentInternals(this.#document, searchFields);
    this.#build = new SealableBuild(this.#directBody ? metaResolution : null, (field, postings) => {
      const index = this.#internals.fields.get(field);
      if (index !== undefined) index.map = new LazyPostings(postings);
    });
  }

  /** Every indexed term with its article count (prefix expansion, typo suggestions). */
  get vocabulary(): Vocabulary {
    this.#seal();
    return this.#vocabulary;
  }

  /** Ends a rebuild's typed-array phase (see `#build`): every field's map becomes packed lists, as after a reopen. */
  #seal(): void {
    this.#build.seal(this.#vocabulary);
  }

  /** The same in slices, awaiting `pause` between them (seconds of work at 100k articles). */
  finishBuild(pause: () => Promise<void>): Promise<void> {
    return this.#build.finish(this.#vocabulary, pause);
  }

  /** Articles in the index. */
  get size(): number {
    return this.#size;
  }

  /** Articles indexed by `add` in this process (not restored by `import`): tells a rebuild from a load. */
  get addedCount(): number {
    return this.#added;
  }

  /**
   * Indexes one article (a rebuild's builder being sealed takes no more: its seal is finished first).
   * `withPairs` false: its pair filter is being made elsewhere (see `receivePairs`), unless the
   * article changed since that began.
   */
  add(article: IndexedArticle, withPairs = true): void {
    this.#snapshots.noteMutation();
    if (this.#document.contain(article.id) || this.#build.sealing) this.#seal();
    if (this.#document.contain(article.id)) {
      this.#replace(article);
      return;
    }
    this.#indexArticle(article, withPairs || (this.#pairs?.changedMeanwhile(article.id) ?? false));
    this.#size += 1;
    this.#added += 1;
  }

  /** Re-indexes an article already in the index (its text changed); old terms stay in the vocabulary, which only widens prefix expansion. */
  update(article: IndexedArticle): void {
    this.#snapshots.noteMutation();
    this.#seal();
    if (this.#document.contain(article.id)) this.#replace(article);
  }

  #replace(article: IndexedArticle): void {
    // The old text is gone: the id is purged from every list (FlexSearch's own `update` would decode
    // every lazily loaded list to do the same), then the article is added afresh.
    removeId(this.#internals, article.id);
    this.#indexArticle(article);
  }

  /** Adds an article to FlexSearch and its distinct terms to the vocabulary, encoding each field once. */
  #indexArticle(article: IndexedArticle, withPairs = true): void {
    const builder = this.#build.builder;
    const meta =
      builder === null
        ? this.#addToDocument(article)
        : builder.addMeta(article.id, article, this.#encodeDistinct);
    // In order, not distinct: the pair filter needs neighbours; the lists below skip repeats themselves.
    const bodyTerms =
      this.#pairs === null ? this.#encodeDistinct(article.body) : encodeSequence(article.body);
    if (withPairs) this.refreshPairs(article, bodyTerms);
    if (!this.#directBody) {
      this.#vocabulary.addDocument(meta.flat());
      return;
    }
    const distinct = builder === null ? pushBodyTerms(this.#internals, article.id, bodyTerms) : [];
    builder?.body.add(article.id, bodyTerms);
    // Held even without a single term (no list names it): the register is saved, so the size a reload
    // checks against the manifest counts it, and a remove finds it.
    this.#internals.reg.add(article.id);
    const body = this.#internals.fields.get('body')?.map;
    const inBody = (term: string): boolean =>
      builder === null ? body?.get(term)?.[0]?.at(-1) === article.id : builder.body.has(term, article.id);
    const seen = new Set<string>();
    for (const terms of meta) {
      for (const term of terms) {
        // A term already in the body was counted there; `seen` catches repeats across title, byline, site.
        if (!inBody(term) && !seen.has(term)) seen.add(term);
      }
    }
    this.#vocabulary.addDistinct(distinct);
    this.#vocabulary.addDistinct([...seen]);
  }

  /** Adds an article's title, byline and site (and body, unless pushed apart) to FlexSearch; returns each field's terms. */
  #addToDocument(article: IndexedArticle): string[][] {
    this.#recorded = [];
    try {
      this.#document.add({ ...article, body: this.#directBody ? '' : article.body });
      return this.#recorded;
    } finally {
      this.#recorded = null;
    }
  }

  /** Records an article's pair filter from its fields' terms in order (`body`: its text's, when already encoded). */
  refreshPairs(article: IndexedArticle, body = encodeSequence(article.body)): void {
    this.#pairs?.add(article.id, pairFieldSequences(article, body));
  }

  /**
   * While pair filters made elsewhere are awaited (`receivePairs`): article `id` changed where this
   * index does not see it yet (a rebuild reads it later), so the filter made for it may be stale.
   * It is not taken; the article gets its own when it is indexed.
   */
  pairsChanged(id: number): void {
    this.#pairs?.remove(id);
  }

  /** Removes an article (`article` is its indexed text, to forget its terms); unknown ids are ignored. */
  remove(article: IndexedArticle): void {
    this.#snapshots.noteMutation();
    if (!this.#document.contain(article.id)) return;
    this.#seal();
    removeId(this.#internals, article.id);
    this.#pairs?.remove(article.id);
    this.#vocabulary.removeDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
    this.#size -= 1;
  }

  /**
   * A term's posting lists in `field`, best score bucket first, for reading only (nothing is
   * decoded or copied, and there is no limit): what the query evaluator scores.
   */
  postings(field: SearchField, term: string): readonly (ArrayLike<number> | undefined)[] | undefined {
    this.#seal();
    const map = this.#internals.fields.get(field)?.map;
    if (map === undefined) return undefined;
    return map instanceof LazyPostings ? map.peek(term) : map.get(term);
  }

  /** Whether article `id` may hold every adjacent pair of `hashes` (`appendPairHashes` of a phrase's terms). */
  mayHoldPairs(id: number, hashes: readonly number[]): boolean {
    return this.#pairs?.mayHold(id, hashes) ?? true;
  }

  /**
   * For a phrase: a test false for an article the pair postings rule out (pair-postings.ts), or null
   * when they tell nothing (a rarer word, CJK, or every pair of it frequent).
   */
  pairHolders(phrase: string): PairHolders {
    if (this.#pairs === null || hasCjk(phrase)) return null;
    return this.#pairs.holders(encodeSequence(phrase));
  }

  /** Ids of articles whose `field` contains `term`, best first. */
  lookup(field: SearchField, term: string): readonly Id[] {
    this.#seal();
    const results = this.#document.search(term, { index: field, limit: 10_000 });
    return results[0]?.result ?? [];
  }

  /** Packs the index for saving (once saved pair filters still read are in), in slices; a mutation meanwhile spoils it. */
  async snapshot(): Promise<{
    postings: IndexSnapshot;
    vocabulary: VocabularyChunks;
    pairs: Uint32Array[];
    pairPostings: Uint32Array;
  }> {
    const arriving = this.#pairs?.arriving ?? null;
    if (arriving !== null) await arriving;
    return this.#snapshots.run(async (unspoilt) => {
      this.#seal();
      // Views of entries never written again: valid unless a mutation spoils the whole snapshot.
      const pairs = this.#pairs?.liveRuns() ?? [];
      const postings = await packSnapshot(this.#internals, yieldToEventLoop);
      unspoilt();
      compactInto(this.#internals, postings);
      const vocabulary = await this.#vocabulary.toJSONInSlices(yieldToEventLoop);
      unspoilt();
      const pairPostings = (await this.#pairs?.postingsInSlices(yieldToEventLoop)) ?? new Uint32Array(0);
      unspoilt();
      return { postings, vocabulary, pairs, pairPostings };
    });
  }

  /** Restores a snapshot into this (fresh) index; throws when the data is corrupt. */
  restore(
    postings: LoadedSnapshot,
    vocabulary: Vocabulary | VocabularyChunks,
    size: number,
    pairs: SavedPairs = { filters: new Uint32Array(0), postings: new Uint32Array(0) },
  ): void {
    restoreSnapshot(this.#internals, postings);
    this.#build.drop();
    this.#vocabulary =
      vocabulary instanceof Vocabulary ? vocabulary : Vocabulary.fromJSON(joinedChunks(vocabulary));
    if (this.#internals.reg.size !== size) throw new RangeError('index size differs from its manifest');
    this.#size = size;
    this.#pairs?.restore(pairs.filters, (id) => this.#internals.reg.has(id), pairs.postings);
  }

  /** Takes the pair filters of a restored snapshot that are still being read (see `PairFilters.receive`). */
  receivePairs(pairs: Promise<SavedPairs>): Promise<string | null> {
    return this.#pairs?.receive(pairs, (id) => this.#internals.reg.has(id)) ?? Promise.resolve(null);
  }
}
