/**
 * The docs site: VitePress, Chinese at the root, English under /en/. `npm run docs:build` writes
 * a static site to docs/.vitepress/dist that any static host serves; it is meant for GitHub Pages
 * at https://zfxxgk.github.io/zfxxgk/, hence the base `/zfxxgk/` (set DOCS_BASE to serve it
 * elsewhere, e.g. `/` at the root of a domain).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTheme, defineConfig } from 'vitepress';
import { MARKDOWN } from './markdown.js';
import { REPOSITORY } from './markdown-links.js';
import { pageSections } from './mirror-search.js';
import { apiSidebar, guidePages, headingOf, PAGES_BEING_WRITTEN, routeOf, titleIn } from './pages.js';
import { browserCrypto, pdfjsAssets } from './browser-build.js';
import { RULE_GROUPS } from './rule-groups.js';
import { tokenize } from './search-tokenize.js';

const base = process.env.DOCS_BASE ?? '/zfxxgk/';
type Lang = 'zh' | 'en';
const prefix = (lang: Lang): string => (lang === 'zh' ? '/' : '/en/');

const TEXT = {
  zh: {
    start: '开始',
    home: '首页',
    audiences: { agencies: '机关与平台开发者', offices: '政务公开办', researchers: '研究者与评估者' },
    tools: '工具',
    checker: '在线检查',
    format: '报告格式',
    guides: '指南',
    rules: '检查项',
    allRules: '全部检查项',
    api: 'API 参考（英文）',
  },
  en: {
    start: 'Start',
    home: 'Home',
    audiences: { agencies: 'Agency tooling', offices: 'Disclosure offices', researchers: 'Researchers' },
    tools: 'Tools',
    checker: 'Checker',
    format: 'The format',
    guides: 'Guides',
    rules: 'Finding codes',
    allRules: 'All finding codes',
    api: 'API reference',
  },
} as const;

function sidebar(lang: Lang): DefaultTheme.SidebarItem[] {
  const t = TEXT[lang];
  const at = prefix(lang);
  return [
    {
      text: t.start,
      items: [
        { text: t.home, link: at },
        ...(['agencies', 'offices', 'researchers'] as const).map((who) => ({
          text: t.audiences[who],
          link: `${at}for/${who}`,
        })),
      ],
    },
    {
      text: t.tools,
      items: [
        { text: t.checker, link: `${at}checker` },
        { text: t.format, link: `${at}format` },
      ],
    },
    {
      text: t.guides,
      items: guidePages().map((file) => ({ text: titleIn(headingOf(file), lang), link: `${at}${routeOf(file)}` })),
    },
    {
      text: t.rules,
      collapsed: true,
      items: [
        { text: t.allRules, link: `${at}rules/` },
        ...RULE_GROUPS.map((group) => ({
          text: group.title[lang],
          collapsed: true,
          items: group.rules.map((r) => ({ text: r.code, link: `${at}rules/${r.code}` })),
        })),
      ],
    },
    { text: t.api, link: `${at}api/` },
  ];
}

/** The API reference's sidebar, under a locale's prefix. */
function apiItems(lang: Lang): DefaultTheme.SidebarItem[] {
  const relink = (items: DefaultTheme.SidebarItem[]): DefaultTheme.SidebarItem[] =>
    items.map((item) => ({
      ...item,
      ...(item.link ? { link: `${prefix(lang)}${item.link.replace(/^\//, '')}` } : {}),
      ...(item.items ? { items: relink(item.items) } : {}),
    }));
  return [
    { text: TEXT[lang].api, link: `${prefix(lang)}api/`, items: relink(apiSidebar() as DefaultTheme.SidebarItem[]) },
  ];
}

function nav(lang: Lang): DefaultTheme.NavItem[] {
  const t = TEXT[lang];
  const at = prefix(lang);
  return [
    { text: t.checker, link: `${at}checker` },
    { text: t.format, link: `${at}format` },
    { text: t.guides, link: `${at}guide` },
    { text: t.rules, link: `${at}rules/` },
    { text: t.api, link: `${at}api/` },
  ];
}

const themeOf = (lang: Lang): DefaultTheme.Config => ({
  nav: nav(lang),
  sidebar: { [`${prefix(lang)}api/`]: apiItems(lang), [prefix(lang)]: sidebar(lang) },
  outline: { level: [2, 3], label: lang === 'zh' ? '本页内容' : 'On this page' },
  ...(lang === 'zh'
    ? {
        docFooter: { prev: '上一页', next: '下一页' },
        darkModeSwitchLabel: '外观',
        sidebarMenuLabel: '目录',
        returnToTopLabel: '回到顶部',
        langMenuLabel: '语言',
      }
    : {}),
});

export default defineConfig({
  base,
  title: 'zfxxgk',
  description: '政府信息公开工作年度报告：检查、读取、汇总与比对',
  srcDir: '.',
  // docs/index.md is the general guide; the Chinese pages written for the site live in docs/zh/.
  rewrites: (page) => (page === 'index.md' ? 'guide.md' : page.startsWith('zh/') ? page.slice('zh/'.length) : page),
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }]],
  lastUpdated: false,
  ignoreDeadLinks: [(url) => PAGES_BEING_WRITTEN.some((page) => url.replace(/\.(md|html)$/, '').endsWith(`/${page}`))],
  cleanUrls: false,
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      title: 'zfxxgk',
      description: '政府信息公开工作年度报告：检查、读取、汇总与比对',
      themeConfig: themeOf('zh'),
    },
    en: {
      label: 'English',
      lang: 'en',
      title: 'zfxxgk',
      description: 'The PRC government information disclosure annual report: check, read, roll up, compare',
      themeConfig: themeOf('en'),
    },
  },
  themeConfig: {
    socialLinks: [{ icon: 'github', link: REPOSITORY }],
    search: {
      provider: 'local',
      options: {
        // Chinese has no spaces between words: index single characters and pairs of them.
        miniSearch: {
          options: { tokenize },
          searchOptions: { tokenize, prefix: true, combineWith: 'AND' },
          _splitIntoSections: pageSections,
        },
        locales: {
          root: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: {
                noResultsText: '没有找到',
                resetButtonTitle: '清除',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
  },
  markdown: MARKDOWN,
  vite: {
    // The checker's worker is an ES module, so that pdf.js stays a chunk of its own, loaded for a PDF.
    worker: { format: 'es', plugins: () => [browserCrypto()] },
    // The dev server serves the worker through the main pipeline.
    plugins: [pdfjsAssets(), browserCrypto()],
  },
  buildEnd(site) {
    for (const [from, to] of pdfjsAssets.directories) cpSync(from, join(site.outDir, to), { recursive: true });
  },
});
