/**
 * Crash safety: a scan killed (SIGKILL) at random moments, again and again on the same database,
 * leaves a database that opens and holds only whole documents (and whole pairs across years), each
 * exactly as an uninterrupted run stores it; a last run completes it to the same content.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, contents, ensureBuilt, withDatabase, writeGenerated, zfxxgk } from './helpers.js';

let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-kill-'));
  writeGenerated(join(work, 'reports'), 100, 50);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Small batches, so that a kill finds some of them committed and one under way.
const SCAN = ['scan', 'reports', '--jobs', '1', '--commit-every', '25', '--lang', 'en'];

/** Starts a scan into `db` and kills it after `ms`, or lets it finish; resolves with how it ended. */
function scanKilledAfter(db: string, ms: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...SCAN, '--db', db], { cwd: work, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

describe('zfxxgk scan killed at random moments', () => {
  it('leaves only whole documents, and a rerun completes the database to the same content', async () => {
    const started = performance.now();
    expect(zfxxgk([...SCAN, '--db', 'reference.duckdb'], work).code).toBe(0);
    const duration = performance.now() - started;
    const reference = await withDatabase(join(work, 'reference.duckdb'), contents);
    // How long a run takes that has nothing to read: starting, hashing the files, finding them stored.
    const idleStart = performance.now();
    expect(zfxxgk([...SCAN, '--db', 'reference.duckdb'], work).code).toBe(0);
    const idle = performance.now() - idleStart;
    const documents = [...reference.keys()].filter((key) => !key.startsWith('pair '));
    expect(documents).toHaveLength(250);
    expect(reference.size - documents.length, 'pairs').toBe(100);

    // Kill scans of the same database again and again; one that finishes first must have
    // completed it, and the next rounds start from an empty database.
    const kills: number[] = [];
    let partial = 0;
    let left = 1;
    // On a busy machine a run's pace varies, and several kills may land before the first commit or
    // after the last: up to 30 rounds, though most runs stop after four.
    for (let round = 0; round < 30 && (kills.length < 4 || partial === 0); round++) {
      // Anywhere in the time an uninterrupted run of what is left would read and write.
      const delay = Math.round(idle * 0.5 + Math.random() * Math.max(duration - idle, 1000) * left);
      const run = await scanKilledAfter('killed.duckdb', delay);
      const held = await withDatabase(join(work, 'killed.duckdb'), contents);
      if (!run.killed) {
        expect(run.code).toBe(0);
        expect(held).toEqual(reference);
        for (const file of ['killed.duckdb', 'killed.duckdb.wal']) rmSync(join(work, file), { force: true });
        left = 1;
        continue;
      }
      kills.push(delay);
      for (const [key, rows] of held)
        expect(rows, `${key}, killed after ${kills.join(', ')} ms`).toBe(reference.get(key));
      if (held.size > 0 && held.size < reference.size) partial += 1;
      left = Math.max(0.3, 1 - held.size / reference.size);
    }
    const killed = `killed after ${kills.join(', ')} ms of a ${Math.round(duration)} ms run (${Math.round(idle)} ms idle)`;
    expect(kills.length, killed).toBeGreaterThanOrEqual(3);
    // At least one kill came while documents were being written (not before or after).
    expect(partial, killed).toBeGreaterThan(0);
    expect(zfxxgk([...SCAN, '--db', 'killed.duckdb'], work).code).toBe(0);
    expect(await withDatabase(join(work, 'killed.duckdb'), contents)).toEqual(reference);
  }, 900_000);
});
