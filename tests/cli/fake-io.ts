/** An in-memory {@link CliIO}: files by path, standard input, and what was written. */
import type { CliIO } from '../../src/cli/command.js';

export interface FakeIO extends CliIO {
  out: string;
  err: string;
  /** Files written, by path. */
  written: Record<string, string | Uint8Array>;
}

export function fakeIO(
  files: Record<string, string | Uint8Array> = {},
  options: { stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> } = {},
): FakeIO {
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: FakeIO = {
    out: '',
    err: '',
    written: {},
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes(content);
    },
    async readStdin() {
      return bytes(options.stdin ?? '');
    },
    async writeFile(path, data) {
      io.written[path] = data;
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  return io;
}
