import { BodyPostingsBuilder, sealBuilderSteps } from './body-postings-builder.ts';
import type { PackedPostings } from './lazy-postings.ts';
import { MetaPostingsBuilder } from './meta-postings-builder.ts';
import { searchFields, type SearchField } from './search-fields.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The fields FlexSearch scores in buckets by position: title, byline, site. */
const metaFields = searchFields.filter((field) => field !== 'body');

/**
 * Every field's posting lists during a rebuild, in typed arrays until the seal: the body's
 * (body-postings-builder.ts) and the title, byline and site fields' (meta-postings-builder.ts). The
 * seal installs each field's packed lists as a reopen loads them, so a rebuild's heap holds no JS
 * array per term for the garbage collector to walk.
 */
export class RebuildPostings {
  readonly body = new BodyPostingsBuilder();
  readonly #meta: ReadonlyMap<SearchField, MetaPostingsBuilder>;

  /** `metaResolution`: the score buckets of the title, byline and site fields. */
  constructor(metaResolution: number) {
    this.#meta = new Map(metaFields.map((field) => [field, new MetaPostingsBuilder(metaResolution)]));
  }

  /**
   * Records the title, byline and site terms of article `id` (a new id) as FlexSearch would index
   * them, `encode` giving a field's terms as FlexSearch's encoder does; returns them per non-empty field.
   */
  addMeta(
    id: number,
    article: Readonly<Record<SearchField, string>>,
    encode: (text: string) => string[],
  ): string[][] {
    const recorded: string[][] = [];
    for (const [field, builder] of this.#meta) {
      const text = article[field];
      // FlexSearch skips an empty field without encoding it.
      if (text === '') continue;
      const terms = encode(text);
      builder.add(id, terms);
      recorded.push(terms);
    }
    return recorded;
  }

  /** Whether no article was recorded. */
  get empty(): boolean {
    return this.body.empty && [...this.#meta.values()].every((builder) => builder.empty);
  }

  /**
   * Seals every field in steps of a few ms: `install` takes each field's packed lists, `vocabulary`
   * the body terms' article counts (see `sealBuilderSteps`). The builders are spent afterwards.
   */
  *sealSteps(
    install: (field: SearchField, postings: Required<PackedPostings>) => void,
    vocabulary: Vocabulary,
  ): Generator<void, void> {
    for (const [field, builder] of this.#meta) {
      install(field, yield* builder.sealSteps());
      yield;
    }
    yield* sealBuilderSteps(
      this.body,
      (postings) => {
        install('body', postings);
      },
      vocabulary,
    );
  }
}
