/**
 * The shape of a `zfxxgk` subcommand. Each lives in `src/cli/commands/NAME.ts` and is registered
 * in `src/cli/main.ts`; only the CLI touches files, processes and workers, through `CliIO`.
 *
 * @module
 */
import type { Lang } from '../findings/types.js';
import type { Bilingual } from '../findings/types.js';
import type { Executor } from './batch/executor.js';
import type { PoolOptions } from './batch/pool.js';

/**
 * An entry of a folder.
 *
 * @example
 * ```ts
 * const entry: DirEntry = { name: 'report.pdf', kind: 'file' };
 * ```
 */
export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/**
 * What a path is, and its size in bytes.
 *
 * @example
 * ```ts
 * (await io.stat('reports'))?.kind; // 'directory'
 * ```
 */
export interface PathStat {
  kind: DirEntry['kind'];
  size: number;
}

/** What a command may do to the outside world. Tests pass a fake. */
export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  /** What is at a path (following links), or `undefined` when nothing is. */
  stat(path: string): Promise<PathStat | undefined>;
  /** The entries of a folder (a link to a file counts as a file; links to folders are not followed). */
  readDir(path: string): Promise<DirEntry[]>;
  /** Reads standard input to the end (for `-`). */
  readStdin(): Promise<Uint8Array>;
  /** Writes a file, creating the folders it is in. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout and stderr are a terminal: colour is allowed. */
  isTTY: boolean;
  /** Whether stderr is a terminal, so that progress can be shown (`isTTY` when not said). */
  stderrIsTTY?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** How many jobs run at once by default (the number of cores). */
  cpus: number;
  /** Starts a pool of isolated workers; without it, batch jobs run in the calling thread. */
  workers?(options: Omit<PoolOptions, 'workerUrl'>): Executor;
}

/** A subcommand: its name, one-line summary, usage text and entry point returning the exit code. */
export interface CliCommand {
  name: string;
  summary: Bilingual;
  /** The usage text in a language (`zfxxgk COMMAND --help`). */
  usage(lang: Lang): string;
  /** Exit 0 (no errors), 1 (findings of severity error), 2 (usage or input errors). */
  run(args: string[], io: CliIO): Promise<number>;
}
