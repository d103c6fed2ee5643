/** Normalisation of labels, reading of cell text, headings, topics and meta. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell, isValueText } from '../../src/parse/cell-value.js';
import { bodyLevel, readMeta } from '../../src/parse/meta.js';
import { normalizeLabel, normalizeLabelGenerally, toSimplified } from '../../src/parse/normalize.js';
import { matchHeading, matchTopic } from '../../src/parse/sections.js';
import { isSpace } from '../../src/parse/whitespace.js';

describe('normalizeLabel', () => {
  it('folds width, whitespace, brackets, quotes, enumeration marks and traditional characters', () => {
    const same = (a: string, b: string) => expect(normalizeLabel(a)).toBe(normalizeLabel(b));
    same('（一） 予以公开', '(一)予以公开');
    same('3.危及"三安全一稳定"', '3、危及“三安全一稳定”');
    same(
      '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
    same('第二十条  第(一)项', '第二十条第（一）项');
    same('本年收費金額（單位：萬元）', '本年收费金额（单位：万元）');
    same('5.要求行政機關確認或重新出具已獲取信息', '5.要求行政机关确认或重新出具已获取信息');
    same('四、政府信息公開平臺建設', '四、政府信息公开平台建设');
    expect(toSimplified('規範性檔案')).toBe('规范性文件');
  });

  it('reads the quick set of characters in one pass as NFKC and the replacements do', () => {
    // Every UTF-16 code unit but the surrogates, alone.
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = String.fromCharCode(c);
      if (normalizeLabel(text) !== normalizeLabelGenerally(text)) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
    // Texts mixing the quick set with what NFKC composes, decomposes or reorders.
    const alphabet = Array.from(
      '（一）(二) 予以公开，。、“”‘’"\'.,·[]【】〔〕《》：:　\t\n政府檔案規範ＡＢ１２a1\u0301\u0338\u3099か㈠①ﾊ\u200b\u00a0…',
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(normalizeLabel(text)).toBe(normalizeLabelGenerally(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readCell', () => {
  it('reads numbers, markers, blanks and refuses what does not fit the column', () => {
    expect(readCell('&nbsp;'.replace('&nbsp;', '\u00a0'), 'count')).toEqual({ kind: 'blank' });
    expect(readCell('１，２３４', 'count')).toEqual({ kind: 'number', value: 1234 });
    expect(readCell('12件', 'count')).toEqual({ kind: 'number', value: 12 });
    expect(readCell('+2', 'signed')).toEqual({ kind: 'number', value: 2 });
    expect(readCell('-0', 'signed')).toEqual({ kind: 'number', value: 0 });
    expect(readCell('0.30', 'money')).toEqual({ kind: 'number', value: 0.3 });
    expect(readCell('25.1万元', 'amount')).toEqual({ kind: 'number', value: 25.1, unit: '万元' });
    expect(readCell('-', 'signed')).toEqual({ kind: 'marker', marker: '-' });
    expect(readCell('1,23', 'count')).toEqual({ kind: 'invalid', reason: 'separators' });
    expect(readCell('-1', 'count')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(readCell('约5', 'count')).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    expect(isValueText('自然人')).toBe(false);
    expect(isValueText(' ０ ')).toBe(true);
  });
});

describe('headings and topics', () => {
  it('recognises official headings, aliases and looser variants, not table rows', () => {
    expect(matchHeading('一、总体情况')).toMatchObject({ key: 'overview', variant: false });
    expect(matchHeading('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')).toMatchObject({
      key: 'appeals',
      variant: true,
    });
    expect(matchHeading('五、存在的问题及改进措施')).toMatchObject({ key: 'problems', variant: true });
    for (const row of [
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '四、结转下年度继续办理',
    ]) {
      expect(matchHeading(row)).toBeUndefined();
    }
  });

  it('recognises the five sub-topics of section 1', () => {
    expect(
      [
        '（一）主动公开方面',
        '(二) 依申请公开方面。',
        '（三）政府信息管理',
        '（四）平台建设方面',
        '（五）监督保障方面',
      ].map(matchTopic),
    ).toEqual(['proactive', 'onRequest', 'management', 'platform', 'oversight']);
    expect(matchTopic('一是主动公开')).toBeUndefined();
  });
});

describe('meta', () => {
  it('reads body and year from the title in its usual shapes', () => {
    expect(readMeta(['2019年上海市人民政府办公厅政府信息公开工作年度报告'], [])).toMatchObject({
      agency: '上海市人民政府办公厅',
      year: 2019,
    });
    expect(readMeta(['市政府研究室2019年政府信息公开', '工作年度报告'], [])).toMatchObject({
      agency: '市政府研究室',
      year: 2019,
    });
    expect(readMeta(['Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告'], [])).toMatchObject({
      agency: '威海市文登区信访局',
      year: 2022,
    });
    expect(readMeta([], ['本报告所列数据的统计期限为2024年1月1日至2024年12月31日。'])).toMatchObject({
      year: 2024,
      yearFromText: true,
    });
    expect(readMeta(['来源:昌图县人民政府办公室 时间:2024-01-31'], [])).toMatchObject({ published: '2024-01-31' });
    expect(readMeta(['发布日期：2024-02-30'], []).published).toBeUndefined();
  });

  it('tells the level of a body by its name', () => {
    expect(
      ['上海市人民政府办公厅', '淮安市人民政府', '某乡人民政府', '昌图县七家子镇', '某区统计局', '某某协会'].map(
        bodyLevel,
      ),
    ).toEqual(['department', 'government', 'township', 'township', 'department', 'other']);
  });
});

describe('isSpace', () => {
  it('is what \\s and trim take, for every UTF-16 code unit', () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(text) || isSpace(c) !== (text.trim() === '')) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
