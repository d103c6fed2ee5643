/**
 * `node:crypto` as the checker's worker needs it: the command line's per-file processing, which
 * the checker runs as it is, names each file by its SHA-256. The same hash, in JavaScript.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export function createHash(algorithm: string): { update(bytes: Uint8Array): { digest(encoding: 'hex'): string } } {
  if (algorithm !== 'sha256') throw new Error(`no ${algorithm} in the browser build`);
  return { update: (bytes) => ({ digest: () => bytesToHex(sha256(bytes)) }) };
}
