import { Document, type Encoder, type Id } from 'flexsearch';
import {
  compactInto,
  IndexChangedDuringSave,
  documentInternals,
  packSnapshot,
  removeId,
  restoreSnapshot,
  type DocumentInternals,
  type IndexSnapshot,
  type LoadedSnapshot,
} from './index-snapshot.ts';
import { BodyPostingsBuilder, sealBuilderSteps } from './body-postings-builder.ts';
import { LazyPostings, type PackedPostings } from './lazy-postings.ts';
import { createTermEncoder, type TermEncoder } from './terms.ts';
import { Vocabulary } from './vocabulary.ts';
import { PairFilters } from './pair-filters.ts';
import { pushBodyTerms } from './push-body-terms.ts';
import type { VocabularyChunks } from './vocabulary-chunks.ts';
import { defaultIndexOptions, type SearchIndexOptions } from './index-options.ts';

/** The searchable fields and how much a match in each counts. Title matches rank first. */
export const fieldWeights = { title: 8, byline: 3, siteName: 3, body: 1 } as const;

/** A searchable field. */
export type SearchField = keyof typeof fieldWeights;

/** The fields, in weight order. */
export const searchFields = Object.keys(fieldWeights) as SearchField[];

/** What the index stores per article (ids and text only; the database keeps the rest). */
export interface IndexedArticle {
  readonly id: number;
  readonly title: string;
  readonly byline: string;
  readonly siteName: string;
  readonly body: string;
}

export { defaultIndexOptions, type SearchIndexOptions } from './index-options.ts';

/** How many ids one term lookup returns at most, per field. */
const termResultLimit = 10_000;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type IndexDocument = { -readonly [K in keyof IndexedArticle]: IndexedArticle[K] };

/**
 * The in-memory FlexSearch index plus the vocabulary for prefix expansion. Every field uses the
 * `strict` tokenizer (whole terms); prefixes are expanded by the caller through `vocabulary`.
 */
export class SearchIndex {
  readonly encode: TermEncoder;
  #vocabulary = new Vocabulary();
  /** Only `add` of new articles so far: body lists are built in typed arrays until anything reads or changes them. */
  #builder: BodyPostingsBuilder | null;
  /** A seal of `#builder` under way (see `finishBuild`). */
  #sealing: Generator<void, void> | null = null;
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
  /** A chunked export is running; a mutation meanwhile is applied at once and spoils that export. */
  #snapshotting = false;
  #interrupted = false;

  constructor(options: SearchIndexOptions = {}) {
    const { bodyResolution, metaResolution, fastupdate, pairBits } = { ...defaultIndexOptions, ...options };
    const { encoder, encode } = createTermEncoder();
    this.encode = encode;
    // FlexSearch calls `encode` once per field while adding: record what it returns (encoding is a
    // third of the build time, so the vocabulary must not encode the text a second time).
    const recording = Object.create(encoder) as Encoder;
    // FlexSearch passes a second, untyped argument (dedupe) that must reach the real encoder.
    const encodeWithDedupe: (text: string, dedupe?: boolean) => string[] = encoder.encode.bind(encoder);
    this.#encodeDistinct = (text) => encodeWithDedupe(text, true);
    this.#pairs = pairBits > 0 ? new PairFilters(pairBits) : null;
    this.#directBody = bodyResolution === 1 && !fastupdate;
    this.#builder = this.#directBody ? new BodyPostingsBuilder() : null;
    recording.encode = (text: string, dedupe?: boolean): string[] => {
      const terms = encodeWithDedupe(text, dedupe);
      this.#recorded?.push(terms);
      return terms;
    };
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
  }

  /** Every indexed term with its article count (prefix expansion, typo suggestions). */
  get vocabulary(): Vocabulary {
    this.#seal();
    return this.#vocabulary;
  }

  /** Ends a rebuild's typed-array phase (see `#builder`): the body map becomes packed lists, as after a reopen. */
  #seal(): void {
    while (!this.#sealStep());
  }

  /** The same in slices, awaiting `pause` between them (seconds of work at 100k articles). */
  async finishBuild(pause: () => Promise<void>): Promise<void> {
    while (!this.#sealStep()) await pause();
  }

  /** One step of the seal; true once there is nothing (more) to seal. */
  #sealStep(): boolean {
    const builder = this.#builder;
    const body = this.#internals.fields.get('body');
    if (builder === null || body === undefined || (builder.empty && this.#sealing === null)) {
      this.#builder = null;
      return true;
    }
    const install = (postings: PackedPostings): void => void (body.map = new LazyPostings(postings));
    this.#sealing ??= sealBuilderSteps(builder, install, this.#vocabulary);
    if (this.#sealing.next().done !== true) return false;
    this.#builder = null;
    this.#sealing = null;
    return true;
  }

  /** Articles in the index. */
  get size(): number {
    return this.#size;
  }

  /** Articles indexed by `add` in this process (not restored by `import`): tells a rebuild from a load. */
  get addedCount(): number {
    return this.#added;
  }

  /** Indexes one article (a rebuild's builder being sealed takes no more: its seal is finished first). */
  add(article: IndexedArticle): void {
    this.#noteMutation();
    if (this.#document.contain(article.id) || this.#sealing !== null) this.#seal();
    if (this.#document.contain(article.id)) {
      this.#replace(article);
      return;
    }
    this.#indexArticle(article);
    this.#size += 1;
    this.#added += 1;
  }

  /** Re-indexes an article already in the index (its text changed); old terms stay in the vocabulary, which only widens prefix expansion. */
  update(article: IndexedArticle): void {
    this.#noteMutation();
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
  #indexArticle(article: IndexedArticle): void {
    this.#recorded = [];
    let meta: string[][];
    try {
      this.#document.add({ ...article, body: this.#directBody ? '' : article.body });
      meta = this.#recorded;
    } finally {
      this.#recorded = null;
    }
    // In order, not distinct: the pair filter needs neighbours; the lists below skip repeats themselves.
    const bodyTerms = this.#pairs === null ? this.#encodeDistinct(article.body) : this.encode(article.body);
    this.#pairs?.add(article.id, [
      ...[article.title, article.byline, article.siteName].map(this.encode),
      bodyTerms,
    ]);
    if (!this.#directBody) {
      this.#vocabulary.addDocument(meta.flat());
      return;
    }
    const builder = this.#builder;
    const distinct = builder === null ? pushBodyTerms(this.#internals, article.id, bodyTerms) : [];
    if (builder !== null && builder.add(article.id, bodyTerms) > 0) this.#internals.reg.add(article.id);
    const body = this.#internals.fields.get('body')?.map;
    const inBody = (term: string): boolean =>
      builder === null ? body?.get(term)?.[0]?.at(-1) === article.id : builder.has(term, article.id);
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

  /** Removes an article (`article` is its indexed text, to forget its terms); unknown ids are ignored. */
  remove(article: IndexedArticle): void {
    this.#noteMutation();
    if (!this.#document.contain(article.id)) return;
    this.#seal();
    removeId(this.#internals, article.id);
    this.#pairs?.remove(article.id);
    this.#vocabulary.removeDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
    this.#size -= 1;
  }

  // Mutations are never held back: a re-cleaned or imported article must be searchable at once. One
  // arriving during a save marks that save's snapshot as spoilt instead (it is dropped and redone).
  #noteMutation(): void {
    if (this.#snapshotting) this.#interrupted = true;
  }

  // A method, not a field read: a mutation may set the flag while snapshot() awaits.
  #spoilt(): boolean {
    return this.#interrupted;
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

  /** Ids of articles whose `field` contains `term`, best first. */
  lookup(field: SearchField, term: string): readonly Id[] {
    this.#seal();
    const results = this.#document.search(term, { index: field, limit: termResultLimit });
    return results[0]?.result ?? [];
  }

  /** Packs the index and vocabulary for saving, a few ms at a time; a mutation meanwhile spoils it. */
  async snapshot(): Promise<{ postings: IndexSnapshot; vocabulary: VocabularyChunks; pairs: Uint32Array[] }> {
    while (this.#snapshotting) await yieldToEventLoop();
    this.#snapshotting = true;
    this.#interrupted = false;
    this.#seal();
    // Views of entries never written again: valid unless a mutation spoils the whole snapshot.
    const pairs = this.#pairs?.liveRuns() ?? [];
    try {
      const postings = await packSnapshot(this.#internals, yieldToEventLoop);
      if (this.#spoilt()) throw new IndexChangedDuringSave();
      compactInto(this.#internals, postings);
      const vocabulary = await this.#vocabulary.toJSONInSlices(yieldToEventLoop);
      if (this.#spoilt()) throw new IndexChangedDuringSave();
      return { postings, vocabulary, pairs };
    } finally {
      this.#snapshotting = false;
    }
  }

  /** Restores a snapshot into this (fresh) index; throws when the data is corrupt. */
  restore(
    postings: LoadedSnapshot,
    vocabulary: Vocabulary | VocabularyChunks,
    size: number,
    pairs: Uint32Array = new Uint32Array(0),
  ): void {
    restoreSnapshot(this.#internals, postings);
    this.#pairs?.restore(pairs, (id) => this.#internals.reg.has(id));
    this.#builder = null;
    this.#vocabulary =
      vocabulary instanceof Vocabulary
        ? vocabulary
        : Vocabulary.fromJSON({
            terms: vocabulary.terms.join('\n'),
            frequencies: vocabulary.frequencies.join(','),
          });
    if (this.#internals.reg.size !== size) throw new RangeError('index size differs from its manifest');
    this.#size = size;
  }
}
