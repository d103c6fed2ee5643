/**
 * Both messages of each finding for a bilingual run (the corpus database of `scan`): the writers
 * keep them only when asked, so the command line asks before it reads and checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { checkReport } from '../../src/cli/batch/process.js';
import { messagesOf } from '../../src/findings/write.js';
import { parse } from '../../src/parse/index.js';

const shanghai = new URL('../corpus/2019-shanghai-szfbgt.html', import.meta.url);

describe('bilingual messages', () => {
  it('a finding written without being asked has no second message', () => {
    const { report } = parse(readFileSync(shanghai));
    const findings = check(report as NonNullable<typeof report>);
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) expect(messagesOf(finding)).toBeUndefined();
  });

  it('checkReport with bilingual gives each finding its message in both languages, as check writes them', () => {
    const { report } = parse(readFileSync(shanghai));
    if (!report) throw new Error('the 上海 report is not read');
    const located = checkReport(report, undefined, { lang: 'en', bilingual: true });
    const zh = check(report, { lang: 'zh' });
    const en = check(report, { lang: 'en' });
    expect(located.map((f) => f.code)).toEqual(en.map((f) => f.code));
    located.forEach((finding, i) => {
      expect(finding.message).toBe(en[i]?.message);
      expect(finding.messages).toEqual({ zh: zh[i]?.message, en: en[i]?.message });
    });
  });
});
