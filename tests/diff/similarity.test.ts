import { describe, expect, it } from 'vitest';
import { TEXT_REUSE_PARAMETERS, textReuse } from '../../src/diff/index.js';
import { OVERVIEW_SECTIONS, PROBLEMS_SECTIONS, renumbered } from './narratives.js';

const sections = {
  ...PROBLEMS_SECTIONS,
  ...Object.fromEntries(Object.entries(OVERVIEW_SECTIONS).map(([k, v]) => [`${k} 总体情况`, v])),
};

describe('textReuse on real wording', () => {
  it.each(Object.entries(sections))('%s against itself with years and numbers changed: flagged', (_name, text) => {
    const reuse = textReuse(text, renumbered(text));
    if (/\d/.test(text)) expect(renumbered(text)).not.toBe(text);
    expect(reuse?.containment).toBe(1);
    expect(reuse?.containment).toBeGreaterThanOrEqual(TEXT_REUSE_PARAMETERS.threshold);
  });

  it('different bodies’ sections are far below the threshold', () => {
    const entries = Object.entries(sections);
    for (const [a, ta] of entries) {
      for (const [b, tb] of entries) {
        if (a === b) continue;
        const reuse = textReuse(ta, tb);
        expect(reuse?.containment, `${a} vs ${b}`).toBeLessThan(0.05);
      }
    }
  });

  it('half a section copied scores about half', () => {
    const beiguan = PROBLEMS_SECTIONS.北关区应急管理局2024 as string;
    const shanghai = PROBLEMS_SECTIONS.上海市人民政府办公厅2019 as string;
    const half = beiguan.slice(0, 320) + shanghai.slice(0, 320);
    const reuse = textReuse(half, beiguan);
    expect(reuse?.containment).toBeGreaterThan(0.4);
    expect(reuse?.containment).toBeLessThan(0.6);
    expect(beiguan.startsWith(reuse?.shared[0] as string)).toBe(true);
    expect(reuse?.shared[0]?.length).toBeGreaterThan(300);
  });

  it('a paragraph whose numbers changed and whose last sentence is new is still flagged, quoted as printed', () => {
    const now =
      '（一）主动公开方面。2024年共发布信息120条，其中政策文件10条。（二）依申请公开方面。本年度共收到申请3件，全部按时答复，无行政复议和诉讼案件发生，当事人均表示满意。（三）平台建设方面。新建专栏两个，栏目更加清晰。';
    const before =
      '（一）主动公开方面。2023年共发布信息98条，其中政策文件7条。（二）依申请公开方面。本年度共收到申请5件，全部按时答复，无行政复议和诉讼案件发生，当事人均表示满意。（三）平台建设方面。全面改版网站，合并了旧栏目。';
    const reuse = textReuse(now, before);
    expect(reuse?.shared).toEqual([
      '（一）主动公开方面。2024年共发布信息120条，其中政策文件10条。（二）依申请公开方面。本年度共收到申请3件，全部按时答复，无行政复议和诉讼案件发生，当事人均表示满意。（三）平台建设方面。',
    ]);
    expect(reuse?.containment).toBe(0.85);
    expect(reuse?.jaccard).toBeCloseTo(0.739, 3);
  });

  it('full-width digits and spacing do not hide copying', () => {
    const text = PROBLEMS_SECTIONS.文登区审计局2020 as string;
    const spaced = text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/，|,/g, '， ');
    expect(textReuse(spaced, text)?.containment).toBe(1);
  });

  it('does not judge a section too short to tell', () => {
    expect(textReuse('本年度，本机关未收取信息公开处理费。', '本年度，本机关未收取信息公开处理费。')).toBeUndefined();
  });
});

it('quotes a passage that ends in a full-width number up to its last digit', () => {
  const body = '本机关严格落实政务公开工作要求，按照上级部署推进各项任务，全年累计公开政府信息';
  const reuse = textReuse(
    `${body.repeat(3)}１２３件。其余内容为新增段落，与上年不同。`,
    `${body.repeat(3)}４５件。另有不同的结尾文字在此处出现。`,
  );
  expect(reuse?.shared[0]).toBe(`${body.repeat(3)}１２３件。`);
});

describe('textReuse: substantial text only, not boilerplate', () => {
  /** What portal pages printed under the report in two years, as read into section 六. */
  const furniture = (year: number) =>
    [
      '附件下载：',
      '扫一扫在手机上查看当前页面',
      '【打印本页】 【关闭】',
      '主办单位：某县人民政府办公室 承办单位：某县大数据中心',
      `版权所有 © ${year} 某县人民政府 网站标识码：3100000030 某ICP备05017359号`,
      '建议使用IE9以上版本浏览器或Chrome浏览器，1280×768分辨率',
    ].join('\n');

  it('two years of page furniture and 无其他需要报告的事项 are not judged (nothing substantial left)', () => {
    const now = `本年度无其他需要报告的事项。本年度，本机关未收取信息公开处理费。\n${furniture(2024)}`;
    const before = `本年度无其他需要报告的事项。本年度，本机关未收取信息公开处理费。\n${furniture(2023)}`;
    expect(textReuse(now, before)).toBeUndefined();
  });

  it('a section copied from last year is still found among the boilerplate, quoted as printed', () => {
    const copied = PROBLEMS_SECTIONS.北关区应急管理局2024 as string;
    const reuse = textReuse(`${copied}\n无其他需要报告的事项。\n${furniture(2024)}`, `${copied}\n${furniture(2023)}`);
    expect(reuse?.containment).toBe(1);
    expect(copied.includes(reuse?.shared[0] as string)).toBe(true);
  });

  it('a sentence that says more than a stock sentence counts', () => {
    const fee =
      '本年度共收取信息处理费200元，已全部上缴国库，收费依据为《政府信息公开信息处理费管理办法》规定的按件计收标准，未发生收费争议。本机关另对两件申请作出不予处理决定，均已书面告知申请人理由和救济途径。';
    expect(textReuse(fee, fee)?.containment).toBe(1);
  });
});
