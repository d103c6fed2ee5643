/**
 * What the rule list says about a finding code, shown at the top of its page: its title in the
 * page's language, its category and what reports it, its default severity. Taken from `RULES`
 * (the same entries `schema/rules.json` is written from) when the page is built, so that the
 * site never says of a rule something the library does not; the page's own prose follows.
 */
import type { MarkdownRenderer } from 'vitepress';
import { RULE_GROUPS, ruleOf } from './rule-groups.js';
import { SEVERITY_NAMES } from './rule-words.js';
import { githubSlug } from './slug.js';

type Lang = 'zh' | 'en';

/** The line under the title, in each language, from its already escaped parts. */
const LINE: Record<Lang, (p: { category: string; runBy: string; severity: string }) => string> = {
  zh: (p) =>
    `类别：${p.category}（由 ${p.runBy} 给出）· 默认级别：${p.severity} · <a href="#turning-it-off">调整级别或关闭</a>`,
  en: (p) =>
    `Category: ${p.category} (reported by ${p.runBy}) · Default severity: ${p.severity} · <a href="#turning-it-off">Turning it off</a>`,
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The code a page is the rule page of (`rules/CODE.md`, `en/rules/CODE.md`), or `undefined`. */
export function ruleOfPage(relativePath: string): { code: string; lang: Lang } | undefined {
  const match = /^(en\/)?rules\/([A-Z0-9-]+)\.md$/.exec(relativePath);
  if (!match?.[2] || !ruleOf(match[2])) return undefined;
  return { code: match[2], lang: match[1] ? 'en' : 'zh' };
}

/** The block shown under the heading of a rule's page. */
export function ruleMetaHtml(code: string, lang: Lang): string {
  const rule = ruleOf(code);
  const group = RULE_GROUPS.find((g) => g.rules.some((r) => r.code === code));
  if (!rule || !group) throw new Error(`${code} is not a rule`);
  const line = LINE[lang]({
    // The rule index lists each category under its English title's anchor, in both locales.
    category: `<a href="./#${githubSlug(group.title.en)}">${escapeHtml(group.title[lang])}</a>`,
    runBy: `<code>${escapeHtml(group.runBy)}</code>`,
    severity: `<strong>${SEVERITY_NAMES[lang][rule.severity]}</strong>`,
  });
  return `<div class="zf-rule-meta" data-code="${code}"><p class="zf-rule-title">${escapeHtml(rule.title[lang])}</p><p>${line}</p></div>\n`;
}

export function ruleMeta(md: MarkdownRenderer): void {
  md.core.ruler.push('zfxxgk-rule-meta', (state) => {
    const page = ruleOfPage(String(state.env?.relativePath ?? ''));
    if (!page) return;
    const heading = state.tokens.findIndex((t) => t.type === 'heading_close' && t.tag === 'h1');
    if (heading < 0) return;
    const block = new state.Token('html_block', '', 0);
    block.content = ruleMetaHtml(page.code, page.lang);
    state.tokens.splice(heading + 1, 0, block);
  });
}
