/**
 * Source positions: the line and column of an offset in a document's text, for every reader that
 * reports where it found something (text, HTML, the XML of a DOCX).
 *
 * @module
 */
import { IntList } from './int-list.js';

/**
 * Turns offsets in a text into 1-based lines and columns (UTF-16 code units). Offsets asked in
 * increasing order (as a tokenizer meets them) cost nothing more than one scan of the text;
 * an earlier offset is found by binary search over the line starts met so far.
 *
 * @example
 * ```ts
 * const positions = new SourcePositions('一、总体情况\n二、主动公开');
 * positions.at(8); // { line: 2, column: 2 }
 * ```
 */
export class SourcePositions {
  /** Offsets where the lines met so far start; `starts[0]` is line 1. */
  private readonly starts = new IntList();
  /** The first line break not yet recorded, or -1. */
  private nextBreak: number;

  constructor(private readonly text: string) {
    this.starts.push(0);
    this.nextBreak = text.indexOf('\n');
  }

  /** The line and column of `offset` (clamped to the text). */
  at(offset: number): { line: number; column: number } {
    const target = Math.max(0, Math.min(offset, this.text.length));
    while (this.nextBreak >= 0 && this.nextBreak < target) {
      this.starts.push(this.nextBreak + 1);
      this.nextBreak = this.text.indexOf('\n', this.nextBreak + 1);
    }
    let hi = this.starts.length - 1;
    // Increasing offsets land on the last line met: no search.
    let lo = this.starts.get(hi) <= target ? hi : 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts.get(mid) <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: target - this.starts.get(lo) + 1 };
  }
}
