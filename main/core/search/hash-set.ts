/** An open-addressing set of 32-bit term hashes (a slot is used when `used` says so: 0 is a hash too). */
export class HashSet {
  readonly #values: Uint32Array;
  readonly #used: Uint8Array;
  readonly #mask: number;

  constructor(values: ArrayLike<number>) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(8, values.length * 2)));
    this.#values = new Uint32Array(size);
    this.#used = new Uint8Array(size);
    this.#mask = size - 1;
    for (let i = 0; i < values.length; i += 1) this.#insert(values[i] ?? 0);
  }

  #insert(value: number): void {
    let slot = value & this.#mask;
    while (this.#used[slot] === 1 && this.#values[slot] !== value) slot = (slot + 1) & this.#mask;
    this.#used[slot] = 1;
    this.#values[slot] = value;
  }

  has(value: number): boolean {
    let slot = value & this.#mask;
    while (this.#used[slot] === 1) {
      if (this.#values[slot] === value) return true;
      slot = (slot + 1) & this.#mask;
    }
    return false;
  }
}
