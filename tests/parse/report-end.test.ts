/**
 * Where the report ends on a portal page: the furniture after it never becomes section text, and
 * what was cut is said in a finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseText } from '../../src/parse/index.js';
import { reportEnd } from '../../src/parse/report-end.js';
import { CORPUS_DIR } from '../support/truth.js';

/** What a government portal prints under an article, as real pages do (one block per line). */
const FURNITURE = [
  '附件下载：',
  '扫一扫在手机上查看当前页面',
  '【打印本页】',
  '【关闭】',
  '首页',
  '政务公开',
  '网站地图',
  '联系我们',
  '主办单位：上海市人民政府办公厅　承办单位：上海市大数据中心',
  '版权所有 © 2020 上海市人民政府　网站标识码：3100000030　沪ICP备05017359号',
  '建议使用IE9以上版本浏览器或Chrome浏览器，1280×768分辨率',
];

describe('the Shanghai 2019 page with its portal furniture', () => {
  const html = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');
  const page = html + FURNITURE.map((line) => `<p>${line}</p>`).join('');

  it('keeps section 六 to what the report says, and says what was cut', () => {
    const { report, findings } = parse(page, { lang: 'en' });
    expect(report?.sections.other?.text).toBe('无。');
    const cut = findings.filter((f) => f.code === 'PARSE-PAGE-FURNITURE');
    expect(cut).toHaveLength(1);
    expect(cut[0]?.severity).toBe('info');
    expect(cut[0]?.path).toEqual(['sections', 'other']);
    expect(cut[0]?.message).toContain(`the ${FURNITURE.length} line(s) of page content after it`);
    expect(cut[0]?.quote?.startsWith('附件下载')).toBe(true);
  });

  it('reads the page without furniture exactly as before', () => {
    const plain = parse(html);
    expect(plain.findings.some((f) => f.code === 'PARSE-PAGE-FURNITURE')).toBe(false);
    expect(parse(page).report?.sections).toEqual(plain.report?.sections);
  });
});

describe('reportEnd', () => {
  it('ends the report at its signature and date', () => {
    expect(
      reportEnd([
        '本年度未收取信息处理费。',
        '北关区应急管理局',
        '2025年1月20日',
        '扫一扫在手机上查看当前页面',
        '关闭',
      ]),
    ).toEqual({ keep: 3, cut: ['扫一扫在手机上查看当前页面', '关闭'] });
  });

  it('without a signature, ends it where the furniture starts, links among the furniture included', () => {
    const lines = ['本年度无其他需要报告的事项。', '首页', '政务公开', '版权所有：某县人民政府', '关闭'];
    expect(reportEnd(lines)).toEqual({ keep: 1, cut: lines.slice(1) });
  });

  it('keeps short closing lines with no furniture among them, and a first line that is not furniture', () => {
    expect(reportEnd(['无']).cut).toEqual([]);
    expect(reportEnd(['本年度未收取信息处理费。', '特此报告', '某县财政局']).cut).toEqual([]);
    expect(reportEnd(['无', '扫一扫在手机上查看当前页面'])).toEqual({ keep: 1, cut: ['扫一扫在手机上查看当前页面'] });
  });

  it('keeps a sentence that happens to name a furniture word, and what comes before it', () => {
    const lines = ['本机关通过网站首页“扫一扫”功能提供移动端查询。', '关闭'];
    expect(reportEnd(lines)).toEqual({ keep: 1, cut: ['关闭'] });
  });

  it('stays linear on many lines', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? '关闭' : '首页'));
    expect(reportEnd(['正文。', ...lines]).keep).toBe(1);
  });
});

describe('a text copy of a page', () => {
  it('section 六 that is nothing but furniture is empty, so SECTION-MISSING can see it', () => {
    const text = readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'), 'utf8').replace(
      '本年度，本机关未收取信息公开处理费。',
      '',
    );
    const { report } = parseText(`${text}\n${FURNITURE.join('\n')}\n`);
    expect(report?.sections.other?.text).toBe('');
  });
});
