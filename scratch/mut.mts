import fc from 'fast-check';
import { parseDocx } from '../src/parse/docx/index.ts';
import { parsePdf } from '../src/parse/pdf/index.ts';
import { reportDocx } from '../tests/support/docx-writer.ts';
import { reportPdf } from '../tests/pdf/report-pdf.ts';
import { uniqueReportArb } from '../tests/support/arbitraries.ts';
import { editArb, printerOf, acceptedAfter, describeEdit } from '../tests/support/table-edits.ts';
import { silentChanges } from '../tests/support/oracle.ts';
const medium = process.argv[2]; const N = Number(process.argv[3] ?? 100);
const cases = fc.sample(fc.constantFrom('2021', '2019').chain((f) => fc.tuple(uniqueReportArb(f as any), editArb(f as any))), { numRuns: N, seed: Number(process.argv[4] ?? 1) });
const byKind: Record<string, [number, number]> = {};
let shown = 0;
for (const [report, edit] of cases) {
  const read = medium === 'docx' ? parseDocx(reportDocx(report, { producer: 'word' }, printerOf(edit, report.format))) : await parsePdf(reportPdf(report, { printer: printerOf(edit, report.format) }));
  const s = silentChanges(report.format, read, acceptedAfter(edit, report));
  const k = byKind[edit.kind] ?? (byKind[edit.kind] = [0, 0]); k[0]++;
  if (s.length) { k[1]++; if (shown++ < 12) console.log(describeEdit(edit, report), report.format, s.slice(0, 3), read.findings.map((f) => f.code).filter(c => !c.startsWith('PARSE-SECTION')).slice(0,6).join(',')); }
}
console.log(byKind);
