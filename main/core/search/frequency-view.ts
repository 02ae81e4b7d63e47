/** Read access to every live term's document frequency (spelling suggestions scan it). */
export interface TermFrequencies extends Iterable<[string, number]> {
  readonly size: number;
  has(term: string): boolean;
  get(term: string): number | undefined;
}

/** What a view reads from its vocabulary. */
interface FrequencySource {
  readonly size: number;
  frequency(term: string): number;
}

/** A vocabulary's frequencies seen as a read-only map, without building one. */
export class FrequencyView implements TermFrequencies {
  readonly #source: FrequencySource;
  readonly #entries: () => Generator<[string, number]>;

  constructor(source: FrequencySource, entries: () => Generator<[string, number]>) {
    this.#source = source;
    this.#entries = entries;
  }

  get size(): number {
    return this.#source.size;
  }

  has(term: string): boolean {
    return this.#source.frequency(term) > 0;
  }

  get(term: string): number | undefined {
    const frequency = this.#source.frequency(term);
    return frequency > 0 ? frequency : undefined;
  }

  [Symbol.iterator](): Iterator<[string, number]> {
    return this.#entries();
  }
}
