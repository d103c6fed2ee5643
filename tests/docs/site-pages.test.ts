/**
 * How the docs site finds and names its pages, searches Chinese, makes anchors and links out of
 * docs/ (docs/.vitepress); the built site itself is tested in a browser (tests/site).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outsideDocs } from '../../docs/.vitepress/markdown-links.js';
import {
  guidePages,
  headingOf,
  PAGES_BEING_WRITTEN,
  routeOf,
  SRC_DIR,
  sharedPages,
  titleIn,
} from '../../docs/.vitepress/pages.js';
import { RULE_GROUPS } from '../../docs/.vitepress/rule-groups.js';
import { ruleMetaHtml, ruleOfPage } from '../../docs/.vitepress/rule-meta.js';
import { SEVERITY_NAMES } from '../../docs/.vitepress/rule-words.js';
import { tokenize } from '../../docs/.vitepress/search-tokenize.js';
import { githubSlug } from '../../docs/.vitepress/slug.js';
import { RULES } from '../../src/findings/index.js';

describe('the pages', () => {
  it('shared by both locales are the guides, the rule pages and the API reference, not the locale pages', () => {
    const pages = sharedPages();
    expect(pages).toContain('parse.md');
    expect(pages).toContain('rules/T3-BALANCE.md');
    expect(pages.filter((p) => /^(zh|en|\.vitepress|public)\//.test(p))).toEqual([]);
  });

  it('put the general guide first, at guide.html, its title in each language', () => {
    expect(guidePages()[0]).toBe('index.md');
    expect(routeOf('index.md')).toBe('guide');
    expect(routeOf('rules/X-JUMP.md')).toBe('rules/X-JUMP');
    const heading = headingOf('index.md');
    expect([titleIn(heading, 'zh'), titleIn(heading, 'en')]).toEqual(['使用指南', 'zfxxgk guide']);
    expect(titleIn('Worked example', 'zh')).toBe('Worked example');
  });

  it('wait only for guides that are not written yet', () => {
    expect(PAGES_BEING_WRITTEN.filter((page) => existsSync(`${SRC_DIR}${page}.md`))).toEqual([]);
  });
});

describe('search', () => {
  it('finds Chinese by its characters and their pairs, and codes whole and in parts', () => {
    expect(tokenize('勾稽关系')).toEqual(['勾', '勾稽', '稽', '稽关', '关', '关系', '系']);
    expect(tokenize('T3-BALANCE 表三')).toEqual(['T3-BALANCE', 'T3', 'BALANCE', '表', '表三', '三']);
  });
});

describe('anchors and links', () => {
  it('are GitHub’s anchors', () => {
    expect(githubSlug('Comparable cells across the 2020→2021 format change')).toBe(
      'comparable-cells-across-the-20202021-format-change',
    );
    expect(githubSlug('Rule metadata and rules.json')).toBe('rule-metadata-and-rulesjson');
    expect(githubSlug('Reading published reports · 读取已发布的年度报告')).toBe(
      'reading-published-reports--读取已发布的年度报告',
    );
  });

  it('go to GitHub for files outside docs/, and stay on the site otherwise', () => {
    expect(outsideDocs('parse.md', '../README.md#install')).toBe(
      'https://github.com/zfxxgk/zfxxgk/blob/main/README.md#install',
    );
    expect(outsideDocs('rules/X-JUMP.md', '../../src/check/engine.ts')).toBe(
      'https://github.com/zfxxgk/zfxxgk/blob/main/src/check/engine.ts',
    );
    expect(outsideDocs('rules/X-JUMP.md', '../parse.md')).toBeUndefined();
    expect(outsideDocs('parse.md', 'https://example.org/')).toBeUndefined();
  });
});

describe('the rule pages', () => {
  it('are the pages of the rules, in both locales', () => {
    expect(ruleOfPage('rules/X-STOCK.md')).toEqual({ code: 'X-STOCK', lang: 'zh' });
    expect(ruleOfPage('en/rules/X-STOCK.md')).toEqual({ code: 'X-STOCK', lang: 'en' });
    expect(ruleOfPage('rules/README.md')).toBeUndefined();
    expect(ruleOfPage('parse.md')).toBeUndefined();
  });

  it('say under their heading what the rule list says of the rule, linked to its category in the index', () => {
    expect(ruleMetaHtml('X-STOCK', 'zh')).toContain('默认级别：<strong>警告</strong>');
    expect(ruleMetaHtml('X-STOCK', 'en')).toContain(
      'Category: <a href="./#cross-year-checks">Cross-year checks</a> (reported by <code>check(report, { previous })</code>)',
    );
    for (const rule of RULES) {
      const group = RULE_GROUPS.find((g) => g.rules.includes(rule));
      for (const lang of ['zh', 'en'] as const) {
        const html = ruleMetaHtml(rule.code, lang);
        expect(html).toContain(`<p class="zf-rule-title">${rule.title[lang]}</p>`);
        expect(html).toContain(`<strong>${SEVERITY_NAMES[lang][rule.severity]}</strong>`);
        expect(html).toContain(`>${group?.title[lang]}</a>`);
      }
    }
  });
});
