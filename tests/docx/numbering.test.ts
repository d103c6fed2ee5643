/**
 * Word's automatic list numbering: numbers shown before headings and labels but absent from the
 * text are rendered as displayed, so `总体情况` in a numbered heading style reads `一、总体情况`.
 */
import { describe, expect, it } from 'vitest';
import { Numbering } from '../../src/parse/docx/numbering.js';
import { parseDocx } from '../../src/parse/docx/index.js';
import { SECTIONS } from '../../src/format/index.js';
import { reportDocx } from '../support/docx-writer.js';
import { cleanReport } from '../support/reports.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (levels: string, nums: string) =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${levels}</w:abstractNum>${nums}</w:numbering>`;

describe('Numbering', () => {
  it('counts in Chinese as printed: 一 … 十, 十一, 二十, 一百零五', () => {
    const n = new Numbering(
      numbering(lvl(0, 'chineseCounting', '%1、'), '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'),
    );
    const labels = Array.from({ length: 21 }, () => n.next({ numId: '1', ilvl: 0 }));
    expect(labels.slice(0, 12)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
      '十、',
      '十一、',
      '十二、',
    ]);
    expect(labels[19]).toBe('二十、');
    expect(labels[20]).toBe('二十一、');
    const far = new Numbering(
      numbering(lvl(0, 'chineseCounting', '%1', 105), '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'),
    );
    expect(far.next({ numId: '1', ilvl: 0 })).toBe('一百零五');
  });

  it('numbers levels, restarts deeper levels, and honours start overrides', () => {
    const n = new Numbering(
      numbering(
        lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.'),
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
      ),
    );
    const seq = [0, 1, 1, 2, 2, 1, 0, 1].map((ilvl) => n.next({ numId: '1', ilvl }));
    expect(seq).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（三）', '二、', '（一）']);
    const restarted = new Numbering(
      numbering(
        lvl(0, 'decimal', '%1.'),
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
      ),
    );
    expect(restarted.next({ numId: '2', ilvl: 0 })).toBe('5.');
  });

  it('gives nothing for lists that are not defined or show no number', () => {
    const n = new Numbering(numbering(lvl(0, 'bullet', ''), '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'));
    expect(n.next({ numId: '1', ilvl: 0 })).toBe('');
    expect(n.next({ numId: '9', ilvl: 0 })).toBe('');
  });
});

describe('parseDocx with numbered headings', () => {
  it('finds the six sections whose numbers Word displays from the heading style', () => {
    const report = cleanReport('2021');
    const { report: read, findings } = parseDocx(reportDocx(report, { producer: 'word', numberedHeadings: true }));
    expect(findings.filter((f) => f.code === 'PARSE-SECTION-MISSING')).toEqual([]);
    expect(Object.values(read?.sections ?? {}).map((s) => s?.heading)).toEqual(SECTIONS.map((s) => s.heading));
    expect(read?.table3).toEqual(report.table3);
  });
});

describe('hostile numbering', () => {
  const num = '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';

  it('shows a counter beyond what Word counts to in digits, never as a huge run of letters', () => {
    for (const format of ['lowerLetter', 'upperRoman']) {
      const n = new Numbering(numbering(lvl(0, format, '%1.', 1_000_000_000), num));
      expect(n.next({ numId: '1', ilvl: 0 })).toBe('1000000000.');
    }
  });

  it('ignores a level that is not one of the nine a list has, instead of throwing', () => {
    const n = new Numbering(numbering(lvl(0, 'decimal', '%1.').replace('w:ilvl="0"', 'w:ilvl="x"'), num));
    expect(n.next({ numId: '1', ilvl: Number('x') })).toBe('');
    expect(n.next({ numId: '1', ilvl: -1 })).toBe('');
  });
});
