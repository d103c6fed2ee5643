/**
 * The API report of every public entry point, `etc/<name>.api.md`, written by API Extractor from the
 * declarations the package ships (`dist/*.d.ts`, so run the build first). The reports are committed:
 * a change to the public surface shows in review as a change to one of them.
 *
 *   node scripts/api-report.mjs            write the reports (`npm run api`)
 *   node scripts/api-report.mjs --check    fail when a report differs from the build (`npm run api:check`)
 *
 * The entry points are the subpaths of `exports` in package.json that have types: adding an entry
 * there adds its report. Options for tests: `--dist DIR` (the declarations), `--etc DIR` (the
 * reports), `--entry NAME` (only this report; repeatable).
 */
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT_SUFFIX = '.api.md';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    etc: { type: 'string', default: join(ROOT, 'etc') },
    entry: { type: 'string', multiple: true },
  },
});

const packageJsonPath = join(ROOT, 'package.json');
const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8'));

/**
 * One report per subpath export with types: `.` is `zfxxgk`, `./schema` is `zfxxgk-schema`. The
 * ESM declarations stand for both formats: the CommonJS ones are built from the same source.
 */
function entryPoints() {
  const entries = [];
  for (const [subpath, target] of Object.entries(packageJson.exports)) {
    const types = target?.import?.types;
    if (typeof types !== 'string') continue;
    const name = subpath === '.' ? packageJson.name : `${packageJson.name}-${subpath.slice(2).replaceAll('/', '-')}`;
    const declarations = join(resolve(args.dist), relative(join(ROOT, 'dist'), join(ROOT, types)));
    entries.push({ name, subpath, declarations });
  }
  return entries;
}

function extractorConfig(entry, tempFolder) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: ROOT,
      mainEntryPointFilePath: entry.declarations,
      newlineKind: 'lf',
      compiler: {
        // The declarations alone, against the ES library. The DOM library is left out because its
        // global `Report` would make API Extractor rename ours `Report_2`; Node's global types are
        // not loaded (they double the time), as the entry points are not Node-only.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2022'],
            types: [],
            strict: true,
            // The build has type-checked these declarations already; checking them and their
            // dependencies' again would only slow the report down.
            skipLibCheck: true,
          },
          files: [entry.declarations],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.name,
        reportFolder: resolve(args.etc),
        reportTempFolder: tempFolder,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Release tags (@public, @beta) are not used: everything exported is public.
          'ae-missing-release-tag': { logLevel: 'none' },
          // The TSDoc test and typedoc check the comments; a link to a type of another entry point
          // (a reader's comment naming `Finding`) is fine for typedoc, which sees them all.
          'ae-undocumented': { logLevel: 'none' },
          'ae-unresolved-link': { logLevel: 'none' },
          // A type used but not exported by this entry point (the readers use `Report`, exported by
          // the core entry) is named in the report, where review sees it, and not on the console.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        // The report holds no comments; the comments' TSDoc dialect is typedoc's to judge.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: packageJsonPath,
  });
}

/** API Extractor names the TypeScript it bundles before each report: once is enough, in the docs. */
function quietPreamble(message) {
  if (message.messageId === 'console-preamble') message.handled = true;
}

/** Report files in the reports folder that no entry point produces any more. */
function staleReports(entries) {
  const folder = resolve(args.etc);
  if (!existsSync(folder)) return [];
  const expected = new Set(entries.map((e) => e.name + REPORT_SUFFIX));
  return readdirSync(folder)
    .filter((file) => file.endsWith(REPORT_SUFFIX) && !expected.has(file))
    .map((file) => join(folder, file));
}

function main() {
  const all = entryPoints();
  const entries = args.entry ? all.filter((e) => args.entry.includes(e.name)) : all;
  if (args.entry && entries.length !== args.entry.length) {
    const known = all.map((e) => e.name).join(', ');
    throw new Error(`unknown entry in --entry ${args.entry.join(', ')}; the entries are ${known}`);
  }
  const missing = entries.filter((e) => !existsSync(e.declarations));
  if (missing.length > 0) {
    const files = missing.map((e) => relative(ROOT, e.declarations)).join(', ');
    throw new Error(`no declarations at ${files}: run \`npm run build\` first`);
  }

  if (!args.check) mkdirSync(resolve(args.etc), { recursive: true });
  const tempFolder = mkdtempSync(join(tmpdir(), 'api-report-'));
  const changed = [];
  const failed = [];
  try {
    for (const entry of entries) {
      const result = Extractor.invoke(extractorConfig(entry, tempFolder), {
        localBuild: !args.check,
        printApiReportDiff: args.check,
        messageCallback: quietPreamble,
      });
      const label = `${entry.name}${REPORT_SUFFIX} (${packageJson.name}${entry.subpath.slice(1)})`;
      if (args.check && result.apiReportChanged) changed.push(label);
      else if (!result.succeeded) failed.push(label);
      else console.log(`${result.apiReportChanged ? 'updated' : 'unchanged'} ${label}`);
    }
  } finally {
    rmSync(tempFolder, { recursive: true, force: true });
  }

  if (!args.entry) {
    for (const file of staleReports(all)) {
      const name = relative(resolve(args.etc), file);
      if (args.check) changed.push(`${name} (no entry point has this report any more)`);
      else {
        rmSync(file);
        console.log(`removed ${name}: no entry point has this report any more`);
      }
    }
  }

  const list = (labels) => labels.map((label) => `  ${label}`).join('\n');
  if (failed.length > 0) {
    console.error(`\nAPI Extractor reported problems (above) with:\n${list(failed)}`);
    process.exitCode = 1;
  }
  if (changed.length > 0) {
    console.error(
      `\nThe public API differs from its report in:\n${list(changed)}\n\n` +
        'If the change is meant: run `npm run build && npm run api`, commit the reports in etc/, and add a' +
        ' changeset (`npx changeset`, bump `minor`) that tells users what changed. See CONTRIBUTING.md.',
    );
    process.exitCode = 1;
  }
}

main();
