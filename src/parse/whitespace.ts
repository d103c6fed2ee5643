/**
 * Whitespace as JavaScript's `\s` and `String.prototype.trim` know it, tested one UTF-16 code unit
 * at a time, for readers that scan text with loops rather than regular expressions.
 *
 * @module
 */

/**
 * Whether a UTF-16 code unit is one of the characters `\s` matches (and `trim` removes).
 *
 * @example
 * ```ts
 * isSpace(0x3000); // true: the ideographic space
 * isSpace('行'.charCodeAt(0)); // false
 * ```
 */
export const isSpace = (c: number): boolean =>
  // Ordered for what texts hold most: ASCII, then ideographs (above U+3000, only U+FEFF is a space).
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c < 160
      ? false
      : c > 0x3000
        ? c === 0xfeff
        : c === 160 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000;

/**
 * `text.slice(start, end).trim()`, without the intermediate string.
 *
 * @example
 * ```ts
 * trimmedSlice('规章\t 0 \t1', 3, 6); // '0'
 * ```
 */
export function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === end ? '' : text.slice(start, end);
}
