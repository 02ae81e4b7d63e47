import type { PackedPostings } from './lazy-postings.ts';
import { RebuildPostings } from './rebuild-postings.ts';
import type { SearchField } from './search-fields.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A rebuild's typed-array phase (rebuild-postings.ts): while only new articles are added, every
 * field's lists are built in typed arrays; the first read or change of the index seals them into its
 * fields at once, or a rebuild's end seals them in slices (`finish`). Either way `builder` is null
 * afterwards, and the index adds to its fields directly.
 */
export class SealableBuild {
  #builder: RebuildPostings | null;
  /** A seal under way (see `finish`). */
  #sealing: Generator<void, void> | null = null;
  /** Takes a field's packed lists at the seal. */
  readonly #install: (field: SearchField, postings: PackedPostings) => void;

  /** `metaResolution` null: no typed-array phase (FlexSearch builds every list itself). */
  constructor(
    metaResolution: number | null,
    install: (field: SearchField, postings: PackedPostings) => void,
  ) {
    this.#builder = metaResolution === null ? null : new RebuildPostings(metaResolution);
    this.#install = install;
  }

  /** The lists being built, or null once sealed (or dropped). */
  get builder(): RebuildPostings | null {
    return this.#builder;
  }

  /** Whether a seal in slices is under way: a new article waits for its end (`seal`). */
  get sealing(): boolean {
    return this.#sealing !== null;
  }

  /** Seals at once what is left to seal; `vocabulary` takes the body terms' article counts. */
  seal(vocabulary: Vocabulary): void {
    while (!this.#sealStep(vocabulary));
  }

  /** The same in slices, awaiting `pause` between them (seconds of work at 100k articles). */
  async finish(vocabulary: Vocabulary, pause: () => Promise<void>): Promise<void> {
    while (!this.#sealStep(vocabulary)) await pause();
  }

  /** Ends the phase without sealing (a snapshot restored into the index replaces its lists). */
  drop(): void {
    this.#builder = null;
    this.#sealing = null;
  }

  /** One step of the seal; true once there is nothing (more) to seal. */
  #sealStep(vocabulary: Vocabulary): boolean {
    const builder = this.#builder;
    if (builder === null || (builder.empty && this.#sealing === null)) {
      this.#builder = null;
      return true;
    }
    this.#sealing ??= builder.sealSteps(this.#install, vocabulary);
    if (this.#sealing.next().done !== true) return false;
    this.drop();
    return true;
  }
}
