import { Document, type Id } from 'flexsearch';
import { createTermEncoder, type TermEncoder } from './terms.ts';
import { Vocabulary } from './vocabulary.ts';

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

/** FlexSearch options the benchmark compares (docs/benchmarks.md); the defaults are the chosen ones. */
export interface SearchIndexOptions {
  /** Score buckets for the body: 1 keeps one posting list per term (smaller, faster to load). */
  readonly bodyResolution?: number;
  /** Score buckets for title, byline and site. */
  readonly metaResolution?: number;
  /** Keeps a per-id register so `remove` does not scan every posting list (costs memory). */
  readonly fastupdate?: boolean;
}

/** The options chosen by measurement (docs/benchmarks.md, "Search at scale"). */
export const defaultIndexOptions: Required<SearchIndexOptions> = {
  bodyResolution: 1,
  metaResolution: 9,
  fastupdate: false,
};

/** How many ids one term lookup returns at most, per field. */
const termResultLimit = 10_000;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

type IndexDocument = {
  id: number;
  title: string;
  byline: string;
  siteName: string;
  body: string;
};

/**
 * The in-memory FlexSearch index plus the vocabulary for prefix expansion. Every field uses the
 * `strict` tokenizer (whole terms); prefixes are expanded by the caller through `vocabulary`.
 */
export class SearchIndex {
  readonly encode: TermEncoder;
  vocabulary = new Vocabulary();
  readonly #document: Document<IndexDocument>;
  #size = 0;
  #added = 0;

  /** Mutations that arrived during a chunked export, applied once it ends so the snapshot is whole. */
  #deferred: (() => void)[] | null = null;

  constructor(options: SearchIndexOptions = {}) {
    const { bodyResolution, metaResolution, fastupdate } = { ...defaultIndexOptions, ...options };
    const { encoder, encode } = createTermEncoder();
    this.encode = encode;
    this.#document = new Document<IndexDocument>({
      id: 'id',
      index: searchFields.map((field) => ({
        field,
        tokenize: 'strict' as const,
        encoder,
        resolution: field === 'body' ? bodyResolution : metaResolution,
        fastupdate,
      })),
    });
  }

  /** Articles in the index. */
  get size(): number {
    return this.#size;
  }

  /** Articles indexed by `add` in this process (not restored by `import`): tells a rebuild from a load. */
  get addedCount(): number {
    return this.#added;
  }

  /** Indexes one article. */
  add(article: IndexedArticle): void {
    if (
      this.#defer(() => {
        this.add(article);
      })
    )
      return;
    this.#document.add({ ...article });
    this.vocabulary.addDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
    this.#size += 1;
    this.#added += 1;
  }

  /** Re-indexes an article already in the index (its text changed); old terms stay in the vocabulary, which only widens prefix expansion. */
  update(article: IndexedArticle): void {
    if (
      this.#defer(() => {
        this.update(article);
      })
    )
      return;
    this.#document.update({ ...article });
    this.vocabulary.addDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
  }

  /** Removes an article (`article` is its indexed text, to forget its terms); unknown ids are ignored. */
  remove(article: IndexedArticle): void {
    if (
      this.#defer(() => {
        this.remove(article);
      })
    )
      return;
    if (!this.#document.contain(article.id)) return;
    this.#document.remove(article.id);
    this.vocabulary.removeDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
    this.#size -= 1;
  }

  #defer(mutation: () => void): boolean {
    if (this.#deferred === null) return false;
    this.#deferred.push(mutation);
    return true;
  }

  /** Ids of articles whose `field` contains `term`, best first. */
  lookup(field: SearchField, term: string): readonly Id[] {
    const results = this.#document.search(term, { index: field, limit: termResultLimit });
    return results[0]?.result ?? [];
  }

  /**
   * Serializes the index as FlexSearch key/data pairs plus the vocabulary, handing the event loop
   * back between FlexSearch's chunks so a large index freezes the app less; mutations meanwhile
   * wait so the snapshot is consistent.
   */
  async exportInChunks(): Promise<{ entries: [string, string][]; vocabulary: string }> {
    while (this.#deferred !== null) await yieldToEventLoop();
    this.#deferred = [];
    try {
      const entries: [string, string][] = [];
      // FlexSearch chains an async handler (awaiting it before the next chunk), but its typings pick
      // the synchronous overload.
      const exportAsync = this.#document.export.bind(this.#document) as (
        handler: (key: string, data: string) => Promise<void>,
      ) => Promise<void>;
      await exportAsync(async (key, data) => {
        entries.push([key, data]);
        await yieldToEventLoop();
      });
      return { entries, vocabulary: JSON.stringify(this.vocabulary) };
    } finally {
      const deferred = this.#deferred;
      this.#deferred = null;
      for (const mutation of deferred) mutation();
    }
  }

  /** Restores an exported index into this (fresh) one; throws when the data is corrupt. */
  import(entries: readonly (readonly [string, string])[], vocabulary: string, size: number): void {
    for (const [key, data] of entries) this.#document.import(key, data);
    this.vocabulary = Vocabulary.fromJSON(JSON.parse(vocabulary));
    this.#size = size;
  }
}
