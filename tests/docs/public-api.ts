/**
 * The public API as the TypeScript compiler sees it: one program over the entry files, and each
 * entry's exports followed through re-exports to their declarations. The TSDoc test and the code
 * samples both read the API this way, so they agree on what is exported.
 */
import ts from 'typescript';

export interface PublicExport {
  /** The name users import. */
  name: string;
  /** Its declaration's symbol (an alias resolved). */
  symbol: ts.Symbol;
}

export interface PublicProgram {
  checker: ts.TypeChecker;
  /** The source file of an entry (relative to the root). */
  sourceOf(entry: string): ts.SourceFile;
  exportsOf(entry: string): PublicExport[];
}

export function publicProgram(entries: readonly string[], root: string): PublicProgram {
  const program = ts.createProgram(
    entries.map((e) => root + e),
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
  const sourceOf = (entry: string): ts.SourceFile => {
    const source = program.getSourceFile(root + entry);
    if (!source) throw new Error(`${entry} not found`);
    return source;
  };
  const exportsOf = (entry: string): PublicExport[] =>
    checker.getExportsOfModule(checker.getSymbolAtLocation(sourceOf(entry)) as ts.Symbol).map((exported) => ({
      name: exported.name,
      symbol: exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported,
    }));
  return { checker, sourceOf, exportsOf };
}
