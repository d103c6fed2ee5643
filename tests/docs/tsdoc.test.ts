/**
 * Every export of every entry point has a TSDoc comment with an `@example`, as the contributing
 * rules ask: read through the TypeScript compiler, so re-exports are followed to their declaration.
 */
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = [
  'src/index.ts',
  'src/schema/index.ts',
  'src/findings/index.ts',
  'src/parse/index.ts',
  'src/parse/pdf/index.ts',
  'src/parse/docx/index.ts',
  'src/render/index.ts',
  'src/render/docx/index.ts',
];

const program = ts.createProgram(
  ENTRIES.map((e) => ROOT + e),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

/** The exports of an entry whose declarations lack a comment or an example, as `name: what is missing`. */
function undocumented(entry: string): string[] {
  const source = program.getSourceFile(ROOT + entry);
  if (!source) throw new Error(`${entry} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol;
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const comment = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    if (tags.some((t) => t.name === 'internal')) {
      missing.push(`${exported.name}: exported but marked @internal`);
      continue;
    }
    if (!comment) missing.push(`${exported.name}: no comment`);
    else if (!tags.some((t) => t.name === 'example')) missing.push(`${exported.name}: no @example`);
  }
  return missing;
}

describe('TSDoc of the public API', () => {
  it.each(ENTRIES)('every export of %s has a comment and an example', (entry) => {
    expect(undocumented(entry)).toEqual([]);
  });
});
