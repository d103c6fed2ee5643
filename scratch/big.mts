import { parseDocx } from '../src/parse/docx/index.ts';
import { reportDocx } from '../tests/support/docx-writer.ts';
import { cleanReport } from '../tests/support/reports.ts';
const big = (cells: any[]) => cells.map((c) => ({ text: c.ref.row === 'received' && c.ref.column === 'natural' ? '9007199254740993' : c.text, span: 1 }));
const r = parseDocx(reportDocx(cleanReport('2021'), { producer: 'word' }, big), { lang: 'en' });
console.log(r.report?.table3.received, r.findings.filter(f => !f.code.startsWith('PARSE-SECTION')));
