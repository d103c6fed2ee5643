/** An in-memory {@link CliIO}: files by path (folders are the prefixes of paths), standard input, and what was written. */
import type { CliIO, DirEntry } from '../../src/cli/command.js';

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
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`));
  const io: FakeIO = {
    out: '',
    err: '',
    written: {},
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes(content);
    },
    async stat(path) {
      const content = files[path];
      if (content !== undefined) return { kind: 'file', size: bytes(content).byteLength };
      return isDir(path) ? { kind: 'directory', size: 0 } : undefined;
    },
    async readDir(path) {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = new Map<string, DirEntry['kind']>();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue;
        const [name, ...rest] = f.slice(prefix.length).split('/');
        names.set(name as string, rest.length ? 'directory' : 'file');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
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
    cpus: 2,
  };
  return io;
}
