/**
 * Every export of every entry point has a TSDoc comment with an `@example`, as the contributing
 * rules ask: read through the TypeScript compiler, so re-exports are followed to their declaration.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { publicEntries, ROOT } from './entries.js';
import { publicProgram } from './public-api.js';

const ENTRIES = publicEntries().map((e) => e.source);
const { checker, exportsOf } = publicProgram(ENTRIES, ROOT);

/** The exports of an entry whose declarations lack a comment or an example, as `name: what is missing`. */
function undocumented(entry: string): string[] {
  const missing: string[] = [];
  for (const { name, symbol } of exportsOf(entry)) {
    const comment = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    if (tags.some((t) => t.name === 'internal')) {
      missing.push(`${name}: exported but marked @internal`);
      continue;
    }
    if (!comment) missing.push(`${name}: no comment`);
    else if (!tags.some((t) => t.name === 'example')) missing.push(`${name}: no @example`);
  }
  return missing;
}

describe('TSDoc of the public API', () => {
  it('covers the entries the build makes', () => {
    expect(ENTRIES).toEqual(expect.arrayContaining(['src/index.ts', 'src/parse/index.ts', 'src/render/docx/index.ts']));
  });

  it.each(ENTRIES)('every export of %s has a comment and an example', (entry) => {
    expect(undocumented(entry)).toEqual([]);
  });
});
