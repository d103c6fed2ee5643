/**
 * JSON input that cannot change a figure in silence. `JSON.parse` keeps the last of two equal keys
 * (`{"natural": 3, "natural": 5}` is 5) and rounds a number a double cannot hold
 * (`9007199254740993` is 9007199254740992), both without a word; {@link readJson} parses as
 * `JSON.parse` does, then refuses both, naming the path and the line of each.
 *
 * @module
 */
import { exactNumber, inexactMessage } from '../model/exact.js';

/**
 * One problem of a JSON input: where it is (the keys and indices from the root, and the 1-based
 * line), and what it is.
 *
 * @example
 * ```ts
 * const issue: JsonIssue = { path: ['table3', 'received', 'natural'], line: 12, message: 'duplicate key "natural" (first at line 11)' };
 * ```
 */
export interface JsonIssue {
  path: (string | number)[];
  line: number;
  message: string;
}

/**
 * Thrown by {@link readJson}: every duplicate key and inexact number, each located. A
 * `SyntaxError`, as `JSON.parse` throws for text that is not JSON at all.
 *
 * @example
 * ```ts
 * try {
 *   readJson('{"a": 1, "a": 2}');
 * } catch (err) {
 *   if (err instanceof JsonInputError) err.issues[0]; // { path: ['a'], line: 1, message: 'duplicate key "a" (first at line 1)' }
 * }
 * ```
 */
export class JsonInputError extends SyntaxError {
  readonly issues: JsonIssue[];
  constructor(issues: JsonIssue[]) {
    super(
      issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'} (line ${i.line}): ${i.message}`).join('; '),
    );
    this.name = 'JsonInputError';
    this.issues = issues;
  }
}

/** Problems listed at most; a file with more has more than enough to fix. */
const MAX_ISSUES = 100;

interface Frame {
  /** An object's keys so far with their lines, or `undefined` for an array. */
  keys: Map<string, number> | undefined;
  /** The key or index of the value being read. */
  at: string | number;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Parses JSON text as `JSON.parse` does, but throws a {@link JsonInputError} for a key that appears
 * twice in one object and for a number a JavaScript number would round (a whole number beyond
 * 2^53 − 1, more significant digits than a double holds). For every JSON input of a report:
 * `safeParseReport(readJson(text))`.
 *
 * @example
 * ```ts
 * readJson('{"table3": {"received": {"natural": 3}}}'); // { table3: { received: { natural: 3 } } }
 * readJson('{"natural": 3, "natural": 5}'); // throws: natural (line 1): duplicate key "natural" (first at line 1)
 * readJson('{"total": 9007199254740993}'); // throws: total (line 1): 9007199254740993 has more digits than …
 * ```
 */
export function readJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const issues = scan(text);
  if (issues.length > 0) throw new JsonInputError(issues);
  return value;
}

/** Walks valid JSON text once, with the path and line of every key and number. */
function scan(text: string): JsonIssue[] {
  const issues: JsonIssue[] = [];
  const stack: Frame[] = [];
  const path = (): (string | number)[] => stack.map((f) => f.at);
  let line = 1;
  let i = 0;
  /** Whether the next string in the current object is a key. */
  let expectKey = false;
  while (i < text.length && issues.length < MAX_ISSUES) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      line++;
      i++;
    } else if (ch === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(i, end)) as string;
        top.at = key;
        const first = top.keys.get(key);
        if (first !== undefined)
          issues.push({ path: path(), line, message: `duplicate key ${JSON.stringify(key)} (first at line ${first})` });
        else top.keys.set(key, line);
        expectKey = false;
      }
      i = end;
    } else if (ch === 0x7b || ch === 0x5b) {
      stack.push({ keys: ch === 0x7b ? new Map() : undefined, at: 0 });
      expectKey = ch === 0x7b;
      i++;
    } else if (ch === 0x7d || ch === 0x5d) {
      stack.pop();
      i++;
    } else if (ch === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
      i++;
    } else if (ch === 0x2d || (ch >= 0x30 && ch <= 0x39)) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)?.[0] ?? text.charAt(i);
      if (exactNumber(token) === undefined) issues.push({ path: path(), line, message: inexactMessage(token) });
      i += token.length;
    } else {
      i++;
    }
  }
  return issues;
}

/** The index just after the string starting at `start` (a `"`), escapes skipped. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) i += 2;
    else if (ch === 0x22) return i + 1;
    else i++;
  }
  return i;
}
