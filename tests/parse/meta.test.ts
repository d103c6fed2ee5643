/**
 * The issuing body: from the title or the signature block only, never from a sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { findSignature, readMeta } from '../../src/parse/meta.js';
import { CORPUS_DIR } from '../support/truth.js';

const BEIGUAN = readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'), 'utf8');
const TITLE = '北关区应急管理局 2024 年政府信息公开工作年度报告';

/** Beiguan 2024 with its title line replaced by a preface sentence, as pages that print no title do. */
const untitled = (ending = ''): string =>
  BEIGUAN.replace(TITLE, '2024年，我县县政府信息公开工作在县委、县政府的领导下稳步推进，现将年度报告公布如下。') +
  ending;

describe('the issuing body', () => {
  it('is never taken from a sentence that mentions the year and the report', () => {
    const { report, findings } = parseText(untitled());
    expect(report?.meta.agency).toBe('');
    expect(report?.meta.level).toBe('other');
    expect(findings.filter((f) => f.code === 'PARSE-META-MISSING').map((f) => f.path)).toContainEqual([
      'meta',
      'agency',
    ]);
  });

  it('is taken from the signature and date block when the title gives none', () => {
    const { report, findings } = parseText(untitled('\n北关区应急管理局\n2025年1月15日\n'));
    expect(report?.meta.agency).toBe('北关区应急管理局');
    expect(report?.meta.level).toBe('department');
    expect(report?.meta.year).toBe(2024);
    expect(findings.some((f) => f.code === 'PARSE-META-MISSING' && f.path?.includes('agency'))).toBe(false);
  });

  it('keeps the title when there is one', () => {
    const { report } = parseText(`${BEIGUAN}\n某县人民政府\n2025年1月15日\n`);
    expect(report?.meta.agency).toBe('北关区应急管理局');
  });

  it.each([
    ['2023年，我县县政府信息公开工作年度报告如下', undefined],
    ['根据《条例》要求，现公布我局2023年政府信息公开工作年度报告。', undefined],
    ['我县2023年政府信息公开工作年度报告', undefined],
    ['本机关2023年度政府信息公开年报', undefined],
    ['标题：某市财政局2023年政府信息公开工作年度报告', '某市财政局'],
  ])('title line %s names %s', (line, agency) => {
    expect(readMeta([line], []).agency).toBe(agency);
  });
});

describe('findSignature', () => {
  it('finds the body and the date that close a report, before the page furniture', () => {
    expect(
      findSignature(['无。', '昌图县七家子镇人民政府', '2024年1月20日', '扫一扫在手机上查看当前页面', '关闭']),
    ).toEqual({ dateLine: 2, agency: '昌图县七家子镇人民政府' });
  });

  it('reads dates in Chinese numerals and a name on the date line', () => {
    expect(findSignature(['淮安市人民政府办公室 二〇二五年一月二十日'])).toEqual({
      dateLine: 0,
      agency: '淮安市人民政府办公室',
    });
    expect(findSignature(['本年度未收取费用。', '二〇二五年一月二十日'])).toEqual({ dateLine: 1 });
  });

  it('takes no sentence for a name or a signature', () => {
    expect(findSignature(['我局于2024年1月5日召开专题会议'])).toBeUndefined();
    expect(findSignature(['本年度，我局依法公开。', '2025年1月20日'])).toEqual({ dateLine: 1 });
    expect(findSignature(['我县人民政府', '2025年1月20日'])).toEqual({ dateLine: 1 });
  });
});
