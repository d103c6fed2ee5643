/**
 * The real {@link CliIO}: the file system, standard streams and environment of this process.
 *
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIO } from './command.js';

/** Reads a whole stream into one buffer. */
async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The I/O of the running process.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), nodeIO());
 * ```
 */
export function nodeIO(): CliIO {
  // A reader that stops early (`zfxxgk export x.csv | head`) closes the pipe: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  return {
    readFile: (path) => readFile(path),
    readStdin: () => readAll(process.stdin),
    async writeFile(path, data) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Colour goes to stdout and progress to stderr: both need a terminal.
    isTTY: Boolean(process.stderr.isTTY && process.stdout.isTTY),
    env: process.env,
  };
}
