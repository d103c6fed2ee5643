/**
 * Code samples as tests: the ```ts blocks of the docs (the site's pages, README.md) and the
 * `@example` blocks of the public API's TSDoc are run against the built package, and a statement
 * followed by a `// value` comment must give that value. So a sample cannot go stale unnoticed.
 *
 * How a comment is read: when it starts like a value (`[`, `{`, a quote, a number, `true`,
 * `false`, `null`, `undefined`), the first value in it is compared with what the statement gives,
 * and the rest is prose (`// 13: the 2024 figure`). A value may continue on the comment lines
 * right after the statement. `…` leaves things out: the rest of an array (`[1, 2, …]`), the other
 * properties of an object (`{ code: 'T3-BALANCE', … }`), or part of a string (`'表三…'`).
 * A comment that does not start like a value is prose, and only the statement is run.
 *
 * A sample that cannot run (it shows the shape of a call on a file the reader does not have, or
 * a fragment) says so in its fence: ```ts sketch. Those are listed by the test, and kept few.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { publicProgram } from './public-api.js';

export interface Sample {
  /** Where the sample is: `docs/parse.md:12` or `src/check/index.ts: check`. */
  where: string;
  code: string;
  /** Marked as not runnable (```ts sketch). */
  sketch: boolean;
}

const FENCE = /^( *)```(ts|typescript)\b([^\n]*)\n([\s\S]*?)^\1```/gm;

/** The ```ts blocks of a Markdown text (of a TSDoc comment, its text without the ` * `). */
export function fencedSamples(text: string, where: (line: number) => string): Sample[] {
  const samples: Sample[] = [];
  for (const match of text.matchAll(FENCE)) {
    const [, indent = '', , info = '', body = ''] = match;
    const line = text.slice(0, match.index).split('\n').length;
    const code = body
      .split('\n')
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join('\n');
    samples.push({ where: where(line), code, sketch: /\bsketch\b/.test(info) });
  }
  return samples;
}

export function markdownSamples(file: string, root: string): Sample[] {
  return fencedSamples(readFileSync(`${root}${file}`, 'utf8'), (line) => `${file}:${line}`);
}

/**
 * The `@example` blocks of every export of the entry files (followed to their declarations, as
 * the TSDoc test does), and of the entry files' own module comments.
 */
export function tsdocSamples(entries: readonly string[], root: string): Sample[] {
  const { checker, sourceOf, exportsOf } = publicProgram(entries, root);
  const samples: Sample[] = [];
  const seen = new Set<ts.Symbol>();
  const fromTags = (tags: readonly ts.JSDocTagInfo[], where: string) => {
    for (const tag of tags) {
      if (tag.name !== 'example') continue;
      samples.push(...fencedSamples(ts.displayPartsToString(tag.text), (line) => `${where} (example line ${line})`));
    }
  };
  for (const entry of entries) {
    const first = sourceOf(entry).statements[0];
    const moduleDoc = first ? ts.getJSDocTags(first).filter((t) => t.tagName.text === 'example') : [];
    for (const tag of moduleDoc) {
      const text = typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '');
      samples.push(...fencedSamples(text, (line) => `${entry}: module (example line ${line})`));
    }
    for (const { name, symbol } of exportsOf(entry)) {
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      fromTags(symbol.getJsDocTags(checker), `${entry}: ${name}`);
    }
  }
  return samples;
}

// --- the values in comments ---

/** Stands for `…` where it leaves out elements of an array or properties of an object. */
export const MORE = Symbol('…');

/** The end of the first value in a comment, or -1 when it does not start like one. */
function valueEnd(text: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  let depth = 0;
  let first = true;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (first) {
      first = false;
      const startsValue =
        token === ts.SyntaxKind.OpenBracketToken ||
        token === ts.SyntaxKind.OpenBraceToken ||
        token === ts.SyntaxKind.StringLiteral ||
        token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
        token === ts.SyntaxKind.NumericLiteral ||
        token === ts.SyntaxKind.MinusToken ||
        token === ts.SyntaxKind.TrueKeyword ||
        token === ts.SyntaxKind.FalseKeyword ||
        token === ts.SyntaxKind.NullKeyword ||
        (token === ts.SyntaxKind.Identifier && scanner.getTokenText() === 'undefined');
      if (!startsValue) return -1;
    }
    if (token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenBraceToken) depth += 1;
    else if (token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseBraceToken) depth -= 1;
    else if (token === ts.SyntaxKind.MinusToken && depth === 0) continue;
    if (depth === 0) return scanner.getTokenEnd();
  }
  return depth === 0 ? text.length : -2;
}

interface Token {
  kind: ts.SyntaxKind;
  text: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan())
    tokens.push({ kind, text: scanner.getTokenText(), start: scanner.getTokenStart(), end: scanner.getTokenEnd() });
  return tokens;
}

const OPENERS = new Set(['[', '{', '(', ',', ':']);
const CLOSERS = new Set([']', '}', ')', ',']);

/**
 * A value with its `…` (outside strings) made code: `0.444…` a number starting so
 * (`__APPROX__('0.444')`), any other run of `…` with the words stuck to it (`…总计…`) what is left
 * out (`__MORE__`), after a comma when the writer left it out (`{ text: '13' … }`).
 */
function readEllipses(text: string): string {
  const tokens = tokensOf(text);
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text !== '…') continue;
    let start = token.start;
    let end = token.end;
    let j = i + 1;
    // The words and ellipses stuck to it make one gap.
    while (j < tokens.length && tokens[j]?.start === end && !CLOSERS.has(tokens[j]?.text ?? ''))
      end = tokens[j++]?.end ?? end;
    const before = tokens[i - 1];
    let code = '__MORE__';
    if (before?.kind === ts.SyntaxKind.NumericLiteral && before.end === token.start) {
      start = before.start;
      code = `__APPROX__(${JSON.stringify(before.text)})`;
      out = out.slice(0, out.length - (token.start - before.start) + (token.start - before.end));
    } else if (before && !OPENERS.has(before.text)) code = `, ${code}`;
    out += text.slice(at, start) + code;
    at = end;
    i = j - 1;
  }
  return out + text.slice(at);
}

/** A number shown cut short (`0.444…`): the actual number starts with those digits. */
export class Approx {
  constructor(readonly digits: string) {}
}

export type Expected = { value: unknown } | { prose: true } | { error: string };

/** The value a comment states (with `…` read as {@link MORE} outside strings), or that it is prose. */
export function expectedValue(comment: string): Expected {
  const text = comment.trim();
  const end = valueEnd(text);
  if (end === -1) return { prose: true };
  if (end === -2) return { error: `unbalanced value in comment: ${text}` };
  // `…` outside strings stands for what is left out; inside strings it is kept and matched.
  // A number cut short (`0.444…`) keeps its ellipsis.
  const source = readEllipses(text.slice(0, text[end] === '…' ? end + 1 : end));
  try {
    const approx = (digits: string) => new Approx(digits);
    return { value: new Function('__MORE__', '__APPROX__', `return (${source});`)(MORE, approx) };
  } catch (err) {
    // `{ changed, unchanged, … }`: names standing for values describe a shape, in prose.
    if (err instanceof ReferenceError) return { prose: true };
    return { error: `not a value: ${source} (${(err as Error).message})` };
  }
}

/** Why `actual` does not match `expected`, or `undefined` when it does. */
export function mismatch(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (expected === MORE) return undefined;
  if (expected instanceof Approx)
    return typeof actual === 'number' && String(actual).startsWith(expected.digits)
      ? undefined
      : `${path}: expected a number starting ${expected.digits}, got ${show(actual)}`;
  if (typeof expected === 'string' && expected.includes('…')) {
    const parts = expected.split('…');
    if (typeof actual !== 'string')
      return `${path}: expected a string like ${JSON.stringify(expected)}, got ${show(actual)}`;
    let at = 0;
    for (const [i, part] of parts.entries()) {
      const found = i === 0 ? (actual.startsWith(part) ? 0 : -1) : actual.indexOf(part, at);
      if (found < 0 || (i === parts.length - 1 && part !== '' && !actual.endsWith(part)))
        return `${path}: ${show(actual)} is not like ${JSON.stringify(expected)}`;
      at = found + part.length;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    return arrayMismatch(actual, expected, path);
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: expected an object, got ${show(actual)}`;
    const record = actual as Record<string, unknown>;
    const keys = Object.keys(expected).filter((k) => k !== '__MORE__');
    const open = '__MORE__' in expected;
    if (!open) {
      const extra = Object.keys(record).filter((k) => record[k] !== undefined && !keys.includes(k));
      if (extra.length) return `${path}: unexpected ${extra.join(', ')} in ${show(actual)}`;
    }
    for (const key of keys) {
      const why = mismatch(record[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (why) return why;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

/**
 * An array against its expected elements, where `…` leaves out any number of elements: `[a, b, …]`
 * starts with a and b, `[…, y, z]` ends with y and z, `[a, …, z]` both, in order.
 */
function arrayMismatch(actual: readonly unknown[], expected: readonly unknown[], path: string): string | undefined {
  const segments: unknown[][] = [[]];
  for (const item of expected) {
    if (item === MORE) segments.push([]);
    else segments.at(-1)?.push(item);
  }
  if (segments.length === 1) {
    if (actual.length !== expected.length)
      return `${path}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`;
  }
  const first = segments[0] as unknown[];
  const last = segments.length > 1 ? (segments.at(-1) as unknown[]) : [];
  const needed = segments.reduce((n, seg) => n + seg.length, 0);
  if (actual.length < needed)
    return `${path}: expected at least ${needed} elements, got ${actual.length}: ${show(actual)}`;
  const at = (list: unknown[], from: number): string | undefined => {
    for (const [i, item] of list.entries()) {
      const why = mismatch(actual[from + i], item, `${path}[${from + i}]`);
      if (why) return why;
    }
    return undefined;
  };
  const head = at(first, 0);
  if (head) return head;
  const tailStart = actual.length - last.length;
  const tail = at(last, tailStart);
  if (tail) return tail;
  // The segments between two gaps, in order, somewhere between the head and the tail.
  let from = first.length;
  for (const segment of segments.slice(1, -1)) {
    let found = -1;
    for (let i = from; i + segment.length <= tailStart; i++) {
      if (at(segment, i) === undefined) {
        found = i;
        break;
      }
    }
    if (found < 0) return `${path}: no run like ${show(segment)} after element ${from} in ${show(actual)}`;
    from = found + segment.length;
  }
  return undefined;
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

// --- running ---

export interface Check {
  /** 1-based line of the statement's end in the sample. */
  line: number;
  expected: Exclude<Expected, { prose: true }>;
}

/**
 * The sample made runnable: each top-level statement followed by a value comment reports its
 * value through `__value(index, value)`; the code is transpiled to a CommonJS script body.
 */
export function instrument(code: string): { script: string; checks: Check[] } {
  const source = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: Check[] = [];
  const edits: { at: number; end: number; text: string }[] = [];
  const lines = code.split('\n');
  for (const [i, statement] of source.statements.entries()) {
    const endLine = source.getLineAndCharacterOfPosition(statement.end).line;
    // The comment on the statement's last line, and the comment lines right after it.
    const rest = lines[endLine]?.slice(source.getLineAndCharacterOfPosition(statement.end).character) ?? '';
    const comments: string[] = [];
    const same = /^\s*\/\/(.*)$/.exec(rest);
    if (same) comments.push(same[1] ?? '');
    const next = source.statements[i + 1];
    const nextLine = next ? source.getLineAndCharacterOfPosition(next.getStart(source)).line : lines.length;
    for (let l = endLine + 1; l < nextLine; l++) {
      const m = /^\s*\/\/(.*)$/.exec(lines[l] ?? '');
      if (!m) break;
      comments.push(m[1] ?? '');
    }
    if (comments.length === 0) continue;
    const expected = expectedValue(comments.join('\n'));
    if (!('value' in expected) && !('error' in expected)) continue;
    let shown: string | undefined;
    const assignment =
      ts.isExpressionStatement(statement) &&
      ts.isBinaryExpression(statement.expression) &&
      statement.expression.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      statement.expression.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
    // An assignment's comment says something about what is assigned, not its value.
    if (assignment) continue;
    if (ts.isExpressionStatement(statement)) shown = statement.expression.getText(source);
    else if (ts.isVariableStatement(statement)) {
      const [declaration] = statement.declarationList.declarations;
      if (statement.declarationList.declarations.length === 1 && declaration && ts.isIdentifier(declaration.name))
        shown = declaration.name.text;
    }
    if (shown === undefined) continue;
    const index = checks.length;
    checks.push({ line: endLine + 1, expected });
    if (ts.isExpressionStatement(statement))
      edits.push({ at: statement.getStart(source), end: statement.end, text: `__value(${index}, (${shown}));` });
    else edits.push({ at: statement.end, end: statement.end, text: ` __value(${index}, ${shown});` });
  }
  let edited = code;
  for (const edit of edits.reverse()) edited = edited.slice(0, edit.at) + edit.text + edited.slice(edit.end);
  const { outputText } = ts.transpileModule(edited, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  });
  return { script: outputText, checks };
}

/**
 * An input of the samples, made afresh for each sample that names it: a sample may change what it
 * is given (`report.sections.other = …`) without changing it for the next.
 */
class Fixture {
  constructor(readonly make: () => unknown) {}
}
export const fixture = (make: () => unknown): Fixture => new Fixture(make);

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/**
 * Runs a sample with the names of `context` in scope; the problems found: what it threw, or the
 * values that differ from their comments.
 */
export async function runSample(sample: Sample, context: Record<string, unknown>): Promise<string[]> {
  const { script, checks } = instrument(sample.code);
  const values = new Map<number, unknown>();
  // The names of the context the sample mentions (the others are left out of its scope).
  const named = Object.entries(context).filter(([name]) => new RegExp(`\\b${name}\\b`).test(sample.code));
  const scope: Record<string, unknown> = {
    ...Object.fromEntries(named.map(([name, value]) => [name, value instanceof Fixture ? value.make() : value])),
    require: context.require,
    exports: {},
    __value: (index: number, value: unknown) => values.set(index, value),
  };
  // The sample's own declarations, in a block of their own, may shadow the names given to it.
  const body = new AsyncFunction(...Object.keys(scope), `{\n${script}\n}`);
  try {
    await body(...Object.values(scope));
  } catch (err) {
    return [`throws: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`];
  }
  const problems: string[] = [];
  for (const [index, check] of checks.entries()) {
    if ('error' in check.expected) problems.push(`line ${check.line}: ${check.expected.error}`);
    else if (!values.has(index)) problems.push(`line ${check.line}: not reached`);
    else {
      const actual = await values.get(index);
      const why = mismatch(actual, check.expected.value);
      if (why) problems.push(`line ${check.line}: ${why}`);
    }
  }
  return problems;
}
