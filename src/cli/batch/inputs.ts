/**
 * The command line's inputs as the list of files to process: files as named, folders walked
 * (recursively unless told not to, in name order, filtered by `--include` / `--exclude`), quoted
 * globs expanded, and `-` read from standard input. A name that matches nothing is kept, with its
 * problem, so that it gets its own result.
 *
 * @module
 */
import picomatch from 'picomatch';
import type { Lang } from '../../findings/types.js';
import type { CliIO, DirEntry } from '../command.js';
import { cliText } from '../i18n.js';

/**
 * One input of a batch: a file to read (`path`), bytes already read (standard input), or a name
 * that could not be resolved to a file (`problem`).
 *
 * @example
 * ```ts
 * const inputs: BatchInput[] = [{ file: 'reports/a.pdf', path: 'reports/a.pdf' }, { file: '-', bytes }];
 * ```
 */
export interface BatchInput {
  /** The name shown in results: the path as given or found, or `-`. */
  file: string;
  path?: string;
  bytes?: Uint8Array;
  problem?: string;
}

/**
 * How folders and globs are expanded.
 *
 * @example
 * ```ts
 * const options: ExpandOptions = { recursive: true, include: ['*.pdf'], exclude: ['草稿/**'], lang: 'zh' };
 * ```
 */
export interface ExpandOptions {
  recursive: boolean;
  /** Globs a file found in a folder must match (any of them); all files when empty. */
  include: readonly string[];
  /** Globs a file found in a folder must not match. */
  exclude: readonly string[];
  lang: Lang;
}

/**
 * Files a folder walk skips: hidden files and folders, the lock files Office and WPS leave next to
 * an open document (`~$…`), and the thumbnail and settings files of Windows and macOS.
 */
const SKIPPED = /^(?:\.|~\$)|^(?:Thumbs\.db|desktop\.ini)$/i;

const join = (dir: string, name: string): string => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/** Sorts entries by name, in code-point order, so that a walk is the same on every system. */
const byName = (a: DirEntry, b: DirEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The files under a folder, in name order, each with its path relative to the folder. */
async function* walk(io: CliIO, root: string, recursive: boolean, relative = ''): AsyncGenerator<[string, string]> {
  const dir = relative ? join(root, relative) : root;
  for (const entry of (await io.readDir(dir)).sort(byName)) {
    if (SKIPPED.test(entry.name)) continue;
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.kind === 'file') yield [join(root, rel), rel];
    else if (entry.kind === 'directory' && recursive) yield* walk(io, root, recursive, rel);
  }
}

/**
 * Whether a path relative to the folder walked matches any of the globs: a glob without `/`
 * matches the file's name (`*.pdf`), one with `/` the whole relative path (`2024/草稿/*`).
 */
function matcher(globs: readonly string[]): (rel: string) => boolean {
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const name = byName.length ? picomatch(byName) : () => false;
  const path = byPath.length ? picomatch(byPath) : () => false;
  return (rel) => name(rel.slice(rel.lastIndexOf('/') + 1)) || path(rel);
}

/**
 * Expands the positional arguments into the inputs of a run, in order. Files named explicitly are
 * taken whatever `--include` and `--exclude` say; these filter what folders and globs bring.
 *
 * @example
 * ```ts
 * await expandInputs(['reports/', 'extra.pdf', '-'], io, { recursive: true, include: [], exclude: [], lang: 'zh' });
 * // [{ file: 'reports/a.csv', path: 'reports/a.csv' }, …, { file: 'extra.pdf', … }, { file: '-', bytes }]
 * ```
 */
export async function expandInputs(args: readonly string[], io: CliIO, options: ExpandOptions): Promise<BatchInput[]> {
  const text = cliText(options.lang);
  const included = options.include.length ? matcher(options.include) : () => true;
  const excluded = options.exclude.length ? matcher(options.exclude) : () => false;
  const wanted = (rel: string): boolean => included(rel) && !excluded(rel);
  const inputs: BatchInput[] = [];
  for (const arg of args) {
    if (arg === '-') {
      try {
        inputs.push({ file: '-', bytes: await io.readStdin() });
      } catch (err) {
        inputs.push({ file: '-', problem: text.load.cannotRead((err as Error).message) });
      }
      continue;
    }
    const kind = (await io.stat(arg))?.kind;
    if (kind === 'directory') {
      const before = inputs.length;
      for await (const [path, rel] of walk(io, arg, options.recursive))
        if (wanted(rel)) inputs.push({ file: path, path });
      if (inputs.length === before) inputs.push({ file: arg, problem: text.inputs.emptyFolder });
      continue;
    }
    const glob = picomatch.scan(arg);
    if (kind === undefined && glob.isGlob) {
      const base = glob.base || '.';
      const matches = picomatch(glob.glob, { dot: false });
      const before = inputs.length;
      if ((await io.stat(base))?.kind === 'directory') {
        for await (const [path, rel] of walk(io, base, true)) {
          if (matches(rel) && wanted(rel)) inputs.push({ file: glob.base ? path : rel, path });
        }
      }
      if (inputs.length === before) inputs.push({ file: arg, problem: text.inputs.noMatch });
      continue;
    }
    // A file, or a name that is none: reading it says why.
    inputs.push({ file: arg, path: arg });
  }
  return inputs;
}
