/**
 * Every page of the built site loads in Chromium without a console error, and every link on it
 * that stays on the site resolves: the page exists and so does the anchor. The crawl starts at
 * both locales' home pages and follows the links it finds (sidebar, navigation, content). Every
 * finding code has its page in both locales.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_BEING_WRITTEN } from '../../docs/.vitepress/pages.js';
import { RULES } from '../../src/findings/index.js';
import { launchBrowser } from './browser.js';
import { type SiteServer, serveSite } from './serve.js';

let site: SiteServer;
let browser: Browser;

interface Visit {
  /** Whether the page itself loaded (status 200). */
  loaded: boolean;
  errors: string[];
  ids: Set<string>;
  links: string[];
  /** The title a rule page shows of its rule (`.zf-rule-title`), if it is one. */
  ruleTitle: string | undefined;
}

/**
 * The pages of the API reference below its index (the larger part of the site, every one a page of
 * generated Markdown in the same layout): visited as a reader going from page to page does, by the
 * site's own navigation (the page's chunk loaded and rendered in the running site), which costs a
 * fraction of a full load. Every other page (both locales' guides, rule pages, the checker, the
 * format, and each locale's API index) is loaded afresh, so that its server-rendered HTML and its
 * hydration are what is tested.
 */
const NAVIGATED = /\/api\/.+/;

/** Opens the site's pages in one browser tab, recording each one's console errors, anchors and links. */
async function visitor(): Promise<{ visit(url: string): Promise<Visit>; close(): Promise<void> }> {
  const page = await browser.newPage();
  let errors: string[] = [];
  /** Whether the tab shows a page of the running site, from which the site can navigate. */
  let running = false;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // A prefetch the next navigation cancels is not a failure; anything else is.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  /** A fresh load of the page: whether it loaded. */
  const load = async (url: string): Promise<boolean> => {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) errors.push(`HTTP ${response?.status()} for the page itself`);
    return response?.ok() ?? false;
  };

  /** The site going to the page as on a click of a link to it: whether it has the page. */
  const navigate = async (url: string): Promise<boolean> => {
    await page.evaluate((href) => {
      // The page shown now is marked, so that its replacement is seen.
      document.querySelector('.vp-doc > div > *')?.setAttribute('data-left', '');
      const link = Object.assign(document.createElement('a'), { href });
      document.body.append(link);
      link.click();
      link.remove();
    }, url);
    await page.waitForFunction(
      // (The site shows a folder's index.html at the folder's path.)
      (href) =>
        location.pathname.replace(/index\.html$/, '') === new URL(href).pathname.replace(/index\.html$/, '') &&
        !document.querySelector('[data-left]') &&
        document.querySelector('.vp-doc > div > *, .NotFound') !== null,
      url,
    );
    const found = await page.evaluate(() => document.querySelector('.NotFound') === null);
    if (!found) errors.push('the site has no such page');
    return found;
  };

  return {
    async visit(url) {
      errors = [];
      try {
        const loaded = running && NAVIGATED.test(url) ? await navigate(url) : await load(url);
        running = loaded;
        const { ids, links, ruleTitle } = await page.evaluate(() => ({
          ids: Array.from(document.querySelectorAll('[id]'), (e) => e.id),
          links: Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href),
          ruleTitle: document.querySelector('.zf-rule-meta .zf-rule-title')?.textContent ?? undefined,
        }));
        return { loaded, errors, ids: new Set(ids), links, ruleTitle };
      } catch (err) {
        running = false;
        return {
          loaded: false,
          errors: [...errors, `not loaded: ${(err as Error).message}`],
          ids: new Set(),
          links: [],
          ruleTitle: undefined,
        };
      }
    },
    close: () => page.close(),
  };
}

/** A link to a guide that is not written yet (docs/.vitepress/pages.ts). */
const beingWritten = (url: string): boolean =>
  PAGES_BEING_WRITTEN.some((page) => url.replace(/\.html$/, '').endsWith(`/${page}`));

/** Files the site links to that are not pages. */
const NOT_A_PAGE = /\.(png|svg|json|csv)$/;

/**
 * Every page reachable from the start pages, each loaded once, in a few tabs at a time. The links
 * of a page that did not load are not followed.
 */
async function crawl(starts: readonly string[], tabs = 3): Promise<Map<string, Visit>> {
  const visits = new Map<string, Visit>();
  const seen = new Set(starts);
  const queue = [...starts];
  let active = 0;
  const work = async () => {
    const tab = await visitor();
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        // Done when no tab is loading a page whose links may add to the queue.
        if (active === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      active += 1;
      try {
        const visit = await tab.visit(url);
        visits.set(url, visit);
        if (!visit.loaded) continue;
        for (const link of visit.links) {
          const target = link.replace(/#.*$/, '');
          if (target.startsWith(site.url) && !seen.has(target) && !NOT_A_PAGE.test(target) && !beingWritten(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      } finally {
        active -= 1;
      }
    }
    await tab.close();
  };
  await Promise.all(Array.from({ length: tabs }, work));
  return visits;
}

let visits: Map<string, Visit>;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
  visits = await crawl([site.url, `${site.url}en/`]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the built site', () => {
  it('has the pages of both locales: guides, rule pages, the API reference, the checker', () => {
    const paths = [...visits.keys()].map((u) => u.slice(site.url.length));
    for (const path of [
      '',
      'en/',
      'checker.html',
      'en/checker.html',
      'format.html',
      'rules/T3-BALANCE.html',
      'en/rules/T3-BALANCE.html',
      'api/zfxxgk/pdf/',
      'en/api/zfxxgk/pdf/',
      'en/guide.html',
    ])
      expect(paths).toContain(path);
    expect(paths.length).toBeGreaterThan(400);
  });

  it('has a page for every finding code in both locales, titled as the rule list titles it', () => {
    const titles = (locale: string) =>
      RULES.map((r) => [r.code, visits.get(`${site.url}${locale}rules/${r.code}.html`)?.ruleTitle]);
    expect(titles('')).toEqual(RULES.map((r) => [r.code, r.title.zh]));
    expect(titles('en/')).toEqual(RULES.map((r) => [r.code, r.title.en]));
  });

  it('loads every page without console errors or failed requests', () => {
    const failing = [...visits]
      .filter(([, v]) => v.errors.length > 0)
      .map(([url, v]) => `${url}: ${v.errors.join('; ')}`);
    expect(failing).toEqual([]);
  });

  it('has no internal link to a missing page or anchor', () => {
    const broken: string[] = [];
    for (const [from, visit] of visits) {
      for (const link of visit.links) {
        if (!link.startsWith(site.url)) continue;
        const [target = '', hash] = link.split('#');
        if (NOT_A_PAGE.test(target) || beingWritten(target)) continue;
        const found = visits.get(target);
        if (!found) broken.push(`${from} → ${link} (page not loaded)`);
        else if (hash && !found.ids.has(decodeURIComponent(hash))) broken.push(`${from} → ${link} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links outside the site only to the repository and to the other sites the docs cite', () => {
    const external = new Set([...visits.values()].flatMap((v) => v.links.filter((l) => !l.startsWith(site.url))));
    const hosts = new Set([...external].map((l) => new URL(l).host));
    expect([...hosts].filter((h) => h.startsWith('127.0.0.1'))).toEqual([]);
    expect([...external].some((l) => l.startsWith('https://github.com/zfxxgk/zfxxgk'))).toBe(true);
  });
});
