/**
 * Many machines: the corpus scanned as N shards by N processes at once, each writing Parquet into
 * one folder, gives, read together, the same rows as one `--db` run; merged into a database, the
 * same database, pairs across years included. A shard's slice depends on the content alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../../src/cli/scan/select.js';
import {
  cliPath,
  cliRows,
  contents,
  ensureBuilt,
  folder,
  query,
  withDatabase,
  writeCorpus,
  zfxxgk,
} from './helpers.js';

let work: string;
let reference: Map<string, string>;
const SHARDS = 3;

/** Runs the command line without waiting for it, so that shards run side by side. */
function start(args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: work });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-shards-'));
  writeCorpus(folder(work, 'corpus'));
  expect(zfxxgk(['scan', 'corpus', '--db', 'one.duckdb', '--lang', 'en'], work).code).toBe(0);
  reference = await withDatabase(join(work, 'one.duckdb'), contents);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('zfxxgk scan --shard K/N --out DIR', () => {
  it('N shards run at once give, read together, the rows of one --db run', async () => {
    const runs = await Promise.all(
      Array.from({ length: SHARDS }, (_, k) =>
        start(['scan', 'corpus', '--shard', `${k}/${SHARDS}`, '--out', 'shards', '--lang', 'en']),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(SHARDS).fill(0));
    // Each shard read its slice and left the others.
    const read = runs.map((r) => Number(/: (\d+) read/.exec(r.out)?.[1]));
    expect(read.reduce((a, b) => a + b, 0)).toBe(26);
    expect(read.every((n) => n > 0)).toBe(true);
    // Hive partitions by year, one set of files per shard, no scratch database left behind.
    expect(readdirSync(join(work, 'shards')).sort()).toEqual(['cells', 'documents', 'findings', 'meta', 'sections']);
    expect(readdirSync(join(work, 'shards/documents')).sort()).toEqual(
      expect.arrayContaining(['year=2019', 'year=2024', 'year=__HIVE_DEFAULT_PARTITION__']),
    );
    expect(readdirSync(join(work, 'shards/meta')).sort()).toEqual(
      Array.from({ length: SHARDS }, (_, k) => `shard-${k}-of-${SHARDS}.parquet`),
    );
    // Read as a user reads them: both through zfxxgk query.
    const union = await contents(cliRows('shards', work), { pairs: false });
    expect(union).toEqual(await contents(cliRows('one.duckdb', work), { pairs: false }));
    // Every document in the shard its content hash names.
    const placed = query<{ sha256: string; shard: string }>(
      'shards',
      "SELECT sha256, regexp_extract(filename, 'shard-(\\d+)-of', 1) AS shard FROM read_parquet('shards/documents/**/*.parquet', filename = true)",
      work,
    );
    for (const { sha256, shard } of placed) expect(Number(shard)).toBe(shardOf(sha256, SHARDS));
  }, 180_000);

  it('a shard run again rewrites its own files only', async () => {
    const again = await start(['scan', 'corpus', '--shard', `1/${SHARDS}`, '--out', 'shards', '--lang', 'en']);
    expect(again.code).toBe(0);
    const union = await contents(cliRows('shards', work), { pairs: false });
    expect(union.size).toBe([...reference.keys()].filter((key) => !key.startsWith('pair ')).length);
  }, 60_000);

  it('merged into a database, the shards give the database of one run, with its pairs', async () => {
    const merged = zfxxgk(['scan', '--merge', 'shards', '--db', 'merged.duckdb', '--lang', 'en'], work);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('merged 26 document(s) from shards');
    expect(merged.out).toMatch(/cross-year: [1-9]\d* pair\(s\)/);
    expect(await withDatabase(join(work, 'merged.duckdb'), contents)).toEqual(reference);
    // Merging again adds nothing.
    const twice = zfxxgk(['scan', '--merge', 'shards', '--db', 'merged.duckdb', '--lang', 'en'], work);
    expect(twice.out).toContain('merged 0 document(s) from shards');
  }, 120_000);
});
