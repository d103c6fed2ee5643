/**
 * Reading is linear in time and memory: a document four times as long costs at most about four
 * times as much CPU and peak memory. Measured in fresh processes (so one reading's garbage does
 * not count against another's peak) as ratios, never as absolute times.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LINEAR_GROWTH } from '../support/growth.js';

const SCRIPT = fileURLToPath(new URL('../support/measure-read.ts', import.meta.url));
/** Characters of the smaller document: large enough that reading, not starting, dominates. */
const BASE = 500_000;

interface Cost {
  cpu: number;
  growth: number;
}

/** The cost of reading a document of `chars` characters, in a process of its own (so its peak memory is its own). */
function cost(kind: string, chars: number): Cost {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SCRIPT, kind, String(chars)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return (JSON.parse(child.stdout) as [Cost])[0];
}

/** The costs of reading documents of `chars` and of four times as many characters. */
const costs = (kind: string, chars: number): [Cost, Cost] => [cost(kind, chars), cost(kind, 4 * chars)];

describe('reading at four times the size costs about four times as much', () => {
  it.each([
    ['text of millions of short lines', 'text'],
    ['text of table rows', 'text-rows'],
    ['HTML of many short paragraphs', 'html'],
  ])(
    '%s',
    (_, kind) => {
      const [small, large] = costs(kind, BASE);
      expect(large.cpu / small.cpu, `CPU ${small.cpu} ms → ${large.cpu} ms`).toBeLessThan(LINEAR_GROWTH);
      expect(large.growth / small.growth, `memory ${small.growth} → ${large.growth} bytes`).toBeLessThan(LINEAR_GROWTH);
    },
    120_000,
  );
});
