/**
 * Real narrative sections of the corpus, by body, for the 内容雷同 tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlSectionText, textSectionText } from '../support/corpus-text.js';
import { CORPUS_DIR } from '../support/truth.js';

const tail = (file: string, heading: string): string => {
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`${file}: no ${heading}`);
  return text.slice(start + heading.length).trim();
};

/** Section 5 (问题及改进) of four different bodies. */
export const PROBLEMS_SECTIONS: Record<string, string> = {
  北关区应急管理局2024: textSectionText(
    '2024-beiguan-yjglj.txt',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ),
  上海市人民政府办公厅2019: htmlSectionText(
    '2019-shanghai-szfbgt.html',
    '五、政府信息公开工作存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ),
  文登区审计局2020: tail('partial/2020-wendeng-shenji-p9.txt', '五、存在的主要问题及改进情况'),
  文登区信访局2022: tail('partial/2022-wendeng-xinfang-p8.txt', '五、政府信息公开工作存在的主要问题及改进情况'),
};

/** Section 1 (总体情况) of two bodies. */
export const OVERVIEW_SECTIONS: Record<string, string> = {
  北关区应急管理局2024: textSectionText('2024-beiguan-yjglj.txt', '一、总体情况', '二、主动公开政府信息情况'),
  上海市人民政府办公厅2019: htmlSectionText('2019-shanghai-szfbgt.html', '一、总体情况', '二、主动公开政府信息情况'),
};

/**
 * The text as next year's copy would print it: every year one earlier and every other number
 * changed, the way a copied report is updated.
 */
export function renumbered(text: string): string {
  return text.replace(/\d+/g, (n) => (/^20\d\d$/.test(n) ? String(Number(n) - 1) : String(Number(n) * 3 + 1)));
}
