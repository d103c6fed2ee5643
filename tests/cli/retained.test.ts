/**
 * A worker of the batch pool reads thousands of files one after the other: what it keeps from a
 * file once its result is sent must not grow with the number of files. Before this was guarded, a
 * cache of the readers kept, through one short text cut from it, the whole text of every web page
 * read (about 50 KB a file), so the memory of a run grew with the folder.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./retained-child.ts', import.meta.url));

it('keeps from each file read far less than the file itself', () => {
  // Counted from the 100th file on, once the code is compiled and the readers' tables are built.
  const first = 100;
  const count = 300;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, String(first), String(count)], {
    encoding: 'utf8',
  });
  const { heap, bytes } = JSON.parse(out) as { heap: [number, number]; bytes: number };
  const keptPerFile = (heap[1] - heap[0]) / (count - first);
  const averageFile = bytes / count;
  // What may stay: the entries of the readers' bounded cache of short texts (the few sentences
  // that name the renamed body), 1–2 KB a file; a kept web page alone is 50 KB.
  expect(keptPerFile).toBeLessThan(averageFile / 4);
});
