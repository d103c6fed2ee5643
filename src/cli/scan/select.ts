/**
 * Which inputs a scan reads: each file's content hashed first (SHA-256, the document's identity),
 * kept when it falls in the run's shard, is not stored yet (or was stored as `failed`, and is read
 * again), and is not the same content as an input before it. A file that cannot be read at all,
 * or is over the size limit, has no content to store: it is set aside with why.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../findings/types.js';
import type { BatchInput } from '../batch/inputs.js';
import type { CliIO } from '../command.js';
import { cliText } from '../i18n.js';

/**
 * The K-th of N slices of a corpus (K from 0), as `--shard K/N` names it.
 *
 * @example
 * ```ts
 * const shard: Shard = { index: 2, count: 8 };
 * ```
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The slice a content belongs to: the first 48 bits of its SHA-256, as a number, modulo N. The same
 * on every machine and in every run, whatever the file is called or where it is.
 *
 * @example
 * ```ts
 * shardOf('854b257dac30d9c0bb77396b14246436cbd5882b227e78cfe1d47ebbcbcff32a', 4); // 2
 * ```
 */
export function shardOf(sha256: string, count: number): number {
  return Number.parseInt(sha256.slice(0, 12), 16) % count;
}

/**
 * An input to read, with its content's identity; `replace` when it was stored before as `failed`.
 *
 * @example
 * ```ts
 * const input: ToRead = { file: 'a.csv', path: 'a.csv', sha256: 'ab…', size: 4096, replace: false };
 * ```
 */
export interface ToRead extends BatchInput {
  sha256: string;
  size: number;
  replace: boolean;
}

/**
 * What the selection found.
 *
 * @example
 * ```ts
 * const { toRead, stored, duplicates, otherShards, notRead } = await selectInputs(inputs, io, options, lookup);
 * ```
 */
export interface Selection {
  toRead: ToRead[];
  /** Inputs whose content the database holds already. */
  stored: number;
  /** Inputs with the same content as an input before them. */
  duplicates: number;
  /** Inputs of other shards. */
  otherShards: number;
  /** Inputs with no content to store, and why. */
  notRead: { file: string; problem: string }[];
}

/** Files hashed at once: enough to keep the disk busy, few enough to bound the bytes in memory. */
const HASHED_AT_ONCE = 16;

/**
 * Hashes the inputs and selects those to read, in input order. `stored` tells, of some contents,
 * the status under which the database holds each.
 *
 * @example
 * ```ts
 * await selectInputs(inputs, io, { maxBytes, lang: 'zh' }, (hashes) => storedDocuments(db, hashes));
 * ```
 */
export async function selectInputs(
  inputs: readonly BatchInput[],
  io: CliIO,
  options: { maxBytes: number; lang: Lang; shard?: Shard | undefined },
  stored: (hashes: readonly string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<Selection> {
  const text = cliText(options.lang);
  const selection: Selection = { toRead: [], stored: 0, duplicates: 0, otherShards: 0, notRead: [] };
  const seen = new Set<string>();
  const identify = async (input: BatchInput): Promise<ToRead | undefined> => {
    if (input.problem !== undefined) {
      selection.notRead.push({ file: input.file, problem: input.problem });
      return undefined;
    }
    let bytes = input.bytes;
    if (!bytes) {
      const path = input.path ?? input.file;
      const size = (await io.stat(path))?.size ?? 0;
      if (size > options.maxBytes) {
        selection.notRead.push({ file: input.file, problem: text.load.tooLarge(size, options.maxBytes) });
        return undefined;
      }
      try {
        bytes = await io.readFile(path);
      } catch (err) {
        selection.notRead.push({ file: input.file, problem: text.load.cannotRead((err as Error).message) });
        return undefined;
      }
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ...input, sha256, size: bytes.byteLength, replace: false };
  };
  for (let start = 0; start < inputs.length; start += HASHED_AT_ONCE) {
    const identified = (await Promise.all(inputs.slice(start, start + HASHED_AT_ONCE).map(identify))).filter(
      (input): input is ToRead => input !== undefined,
    );
    const inShard = identified.filter((input) => {
      const mine = !options.shard || shardOf(input.sha256, options.shard.count) === options.shard.index;
      if (!mine) selection.otherShards += 1;
      return mine;
    });
    const status = await stored(inShard.map((input) => input.sha256));
    for (const input of inShard) {
      if (seen.has(input.sha256)) selection.duplicates += 1;
      else if (status.has(input.sha256) && status.get(input.sha256) !== 'failed') selection.stored += 1;
      else selection.toRead.push({ ...input, replace: status.has(input.sha256) });
      seen.add(input.sha256);
    }
  }
  return selection;
}
