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

/** How many ids one term lookup returns at most, per field. */
const termResultLimit = 10_000;

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

  constructor() {
    const { encoder, encode } = createTermEncoder();
    this.encode = encode;
    this.#document = new Document<IndexDocument>({
      id: 'id',
      index: searchFields.map((field) => ({ field, tokenize: 'strict' as const, encoder })),
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
    this.#document.add({ ...article });
    this.vocabulary.addDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
    this.#size += 1;
    this.#added += 1;
  }

  /** Re-indexes an article already in the index (its text changed); old terms stay in the vocabulary, which only widens prefix expansion. */
  update(article: IndexedArticle): void {
    this.#document.update({ ...article });
    this.vocabulary.addDocument(
      this.encode(`${article.title} ${article.byline} ${article.siteName} ${article.body}`),
    );
  }

  /** Ids of articles whose `field` contains `term`, best first. */
  lookup(field: SearchField, term: string): readonly Id[] {
    const results = this.#document.search(term, { index: field, limit: termResultLimit });
    return results[0]?.result ?? [];
  }

  /** Serializes the index as FlexSearch key/data pairs plus the vocabulary. */
  export(): { entries: [string, string][]; vocabulary: string } {
    const entries: [string, string][] = [];
    this.#document.export((key, data) => {
      entries.push([key, data]);
    });
    return { entries, vocabulary: JSON.stringify(this.vocabulary) };
  }

  /** Restores an exported index into this (fresh) one; throws when the data is corrupt. */
  import(entries: readonly (readonly [string, string])[], vocabulary: string, size: number): void {
    for (const [key, data] of entries) this.#document.import(key, data);
    this.vocabulary = Vocabulary.fromJSON(JSON.parse(vocabulary));
    this.#size = size;
  }
}
