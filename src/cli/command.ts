/**
 * The shape of a `zfxxgk` subcommand. Each lives in `src/cli/commands/NAME.ts` and is registered
 * in `src/cli/main.ts`; only the CLI touches files and the process, through `CliIO`.
 *
 * @module
 */

/** What a command may do to the outside world. Tests pass a fake. */
export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  /** Reads standard input to the end (for `-`). */
  readStdin(): Promise<Uint8Array>;
  /** Writes a file, creating the folders it is in. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only then) and colour is allowed. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** A subcommand: its name, one-line summary, usage text and entry point returning the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Exit 0 (no errors), 1 (findings of severity error), 2 (usage or input errors). */
  run(args: string[], io: CliIO): Promise<number>;
}
