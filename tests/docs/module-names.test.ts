/**
 * The API reference names each entry by its import path (`zfxxgk/parse`, not `parse/index`):
 * typedoc takes the name from the `@module` tag of the entry file's first comment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicEntries, ROOT } from './entries.js';

describe('the entry files', () => {
  it('are every public entry of the package', () => {
    expect(publicEntries().map((e) => e.importPath)).toContain('zfxxgk');
    expect(publicEntries().length).toBeGreaterThanOrEqual(5);
  });

  it.each(publicEntries().map((e) => [e.importPath, e] as const))(
    '%s is named by its import path',
    (importPath, entry) => {
      const first = /\/\*\*[\s\S]*?\*\//.exec(readFileSync(`${ROOT}${entry.source}`, 'utf8'))?.[0] ?? '';
      expect(first).toMatch(new RegExp(`\\n \\* @module ${importPath.replace('/', '\\/')}\\n`));
    },
  );

  it('are the entry points of the API reference', () => {
    const config = JSON.parse(readFileSync(`${ROOT}typedoc.json`, 'utf8')) as { entryPoints: string[] };
    expect([...config.entryPoints].sort()).toEqual(
      publicEntries()
        .map((e) => e.source)
        .sort(),
    );
  });
});
