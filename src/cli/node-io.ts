/**
 * The real {@link CliIO}: the file system, standard streams, environment and cores of this
 * process, and a pool of worker threads for batch runs.
 *
 * @module
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { workerPool } from './batch/pool.js';
import type { CliIO, DirEntry, PathStat } from './command.js';

/** Reads a whole stream into one buffer. */
async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const kindOf = (s: { isFile(): boolean; isDirectory(): boolean }): DirEntry['kind'] =>
  s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';

async function statPath(path: string): Promise<PathStat | undefined> {
  try {
    const s = await stat(path);
    return { kind: kindOf(s), size: s.size };
  } catch {
    return undefined;
  }
}

async function readDir(path: string): Promise<DirEntry[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return Promise.all(
    entries.map(async (e) => {
      // A link counts as the file it points to; a link to a folder is not followed (no cycles).
      if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e) };
      const target = await statPath(`${path}/${e.name}`);
      return { name: e.name, kind: target?.kind === 'file' ? 'file' : 'other' } satisfies DirEntry;
    }),
  );
}

/**
 * The I/O of the running process; `workerUrl` is the worker script of the batch pool.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), nodeIO(new URL('./cli-worker.js', import.meta.url)));
 * ```
 */
export function nodeIO(workerUrl: URL): CliIO {
  // A reader that stops early (`zfxxgk export x.csv | head`) closes the pipe: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  return {
    readFile: (path) => readFile(path),
    stat: statPath,
    readDir,
    readStdin: () => readAll(process.stdin),
    async writeFile(path, data) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Colour goes to stdout and progress to stderr: both need a terminal.
    isTTY: Boolean(process.stderr.isTTY && process.stdout.isTTY),
    // Progress also when the results are redirected to a file, as long as stderr is a terminal.
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cpus: availableParallelism(),
    workers: (options) => workerPool({ ...options, workerUrl }),
  };
}
