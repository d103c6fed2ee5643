/**
 * A growable list of 32-bit integers: offsets and line numbers of long documents, kept in a few
 * bytes each rather than as an array of objects.
 *
 * @module
 */

/**
 * A list of integers that only grows.
 *
 * @example
 * ```ts
 * const starts = new IntList();
 * starts.push(0);
 * starts.push(12);
 * starts.get(1); // 12
 * ```
 */
export class IntList {
  private items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  get(index: number): number {
    return this.items[index] as number;
  }
}
