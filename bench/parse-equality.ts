/**
 * Whether this source's readers read exactly what another build's do: `parse` of the same inputs
 * by both, compared as JSON (report, findings, source map). Made to check that work on the
 * readers' speed changed nothing they read.
 *
 *   npx tsx bench/parse-equality.ts OTHER/dist [GENERATED]
 *
 * The inputs: every text and HTML file of tests/corpus (the converters' outputs too), each corpus
 * text flattened to one line as a crawler does, each page with its tag names in capitals and with
 * Word's `<o:p>` in its paragraphs, and GENERATED (default 300) generated reports of
 * both formats printed in every text shape and as HTML (with and without spans, `&nbsp;` blanks and
 * a spare cell), each also with one edit of the mutation properties (tests/parse/render/edits.ts).
 * Exits with 1 and prints the first differences when any input reads differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { FormatVersion } from '../src/format/index.js';
import type { Report } from '../src/model/types.js';
import { decodeDocument, parse } from '../src/parse/index.js';
import { quickTokenize } from '../src/parse/html-quick.js';
import { applyEdit, editPlanArb } from '../tests/parse/render/edits.js';
import { documentModel } from '../tests/parse/render/grid.js';
import { htmlOf, printHtml, printText, TEXT_SHAPES, textOf } from '../tests/parse/render/render.js';
import { uniqueReportArb } from '../tests/support/arbitraries.js';
import { plainSections } from '../tests/support/reports.js';
import { CORPUS_DIR } from '../tests/support/truth.js';

type Parse = (input: string | Uint8Array, options?: { type?: 'text' | 'html' }) => unknown;

/** One input: a name for the report, and what is read. */
interface Input {
  readonly name: string;
  readonly input: string | Uint8Array;
  readonly type?: 'text' | 'html';
}

/** Every text and HTML file under a corpus folder (its truth files aside). */
function corpusInputs(): Input[] {
  const out: Input[] = [];
  for (const dir of ['', 'partial', 'converted']) {
    for (const file of readdirSync(join(CORPUS_DIR, dir))) {
      if (!/\.(?:txt|html|md)$/.test(file)) continue;
      const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, dir, file)));
      const name = join(dir, file);
      out.push({ name, input: bytes });
      const text = new TextDecoder().decode(bytes);
      if (file.endsWith('.html')) {
        // Tag names in capitals (as old editors write them) and Word's namespaced empty tags.
        const upper = text.replace(/<\/?[a-z][a-z0-9]*/g, (tag) => tag.toUpperCase());
        out.push({ name: `${name} in capitals`, input: upper, type: 'html' });
        out.push({ name: `${name} with <o:p>`, input: text.replace(/<p>/g, '<p><o:p></o:p>'), type: 'html' });
      } else {
        out.push({ name: `${name} on one line`, input: text.replace(/\r?\n/g, ''), type: 'text' });
      }
    }
  }
  return out;
}

/** Reports whose values are all different (as the mutation properties make them), both formats, plain sections. */
const reportArb: fc.Arbitrary<Report> = fc
  .constantFrom<FormatVersion>('2021', '2019')
  .chain(uniqueReportArb)
  .map((report) => ({ ...report, sections: plainSections() }));

/** Each generated report printed every way, and each print with one edit. */
function generatedInputs(count: number): Input[] {
  const out: Input[] = [];
  const samples = fc.sample(fc.tuple(reportArb, editPlanArb, fc.nat(7)), { numRuns: count, seed: 20261202 });
  const numberOf = (cell: { text: string }): number => Number(cell.text);
  samples.forEach(([report, plan, flags], n) => {
    const doc = documentModel(report);
    for (const shape of TEXT_SHAPES) {
      const lines = printText(doc, shape);
      out.push({ name: `generated ${n} ${shape}`, input: textOf(lines, shape), type: 'text' });
      const edited = applyEdit(lines, plan, 'text', numberOf);
      if (edited)
        out.push({
          name: `generated ${n} ${shape}, ${edited.description}`,
          input: textOf(edited.lines, shape),
          type: 'text',
        });
    }
    const options = { spans: (flags & 1) !== 0, nbsp: (flags & 2) !== 0, trailingCell: (flags & 4) !== 0 };
    const lines = printHtml(doc, options);
    out.push({ name: `generated ${n} HTML ${JSON.stringify(options)}`, input: htmlOf(lines, options), type: 'html' });
    const edited = applyEdit(lines, plan, 'html', numberOf);
    if (edited)
      out.push({
        name: `generated ${n} HTML, ${edited.description}`,
        input: htmlOf(edited.lines, options),
        type: 'html',
      });
  });
  return out;
}

async function main(): Promise<void> {
  const otherDist = process.argv[2];
  if (!otherDist) throw new Error('usage: npx tsx bench/parse-equality.ts OTHER_DIST [GENERATED]');
  const count = Number(process.argv[3] ?? 300);
  const other = (await import(pathToFileURL(resolve(otherDist, 'parse.js')).href)) as { parse: Parse };
  const inputs = [...corpusInputs(), ...generatedInputs(count)];
  const differ: string[] = [];
  // How many pages the quick tokenizer read itself (the others were read by htmlparser2's).
  let pages = 0;
  let quick = 0;
  const ignore = { openTag() {}, closeTag() {}, text() {} };
  for (const { name, input, type } of inputs) {
    const options = type ? { type } : {};
    const ours = JSON.stringify(parse(input, options));
    const theirs = JSON.stringify(other.parse(input, options));
    if (ours !== theirs) differ.push(name);
    if (type === 'html' || name.endsWith('.html')) {
      pages++;
      if (quickTokenize(typeof input === 'string' ? input : decodeDocument(input).text, ignore)) quick++;
    }
  }
  console.log(`${inputs.length} inputs read by both builds; ${differ.length} read differently`);
  console.log(`${quick} of the ${pages} HTML inputs read by the quick tokenizer, the others by htmlparser2's`);
  for (const name of differ.slice(0, 20)) console.log(`  differs: ${name}`);
  if (differ.length) process.exitCode = 1;
}

await main();
