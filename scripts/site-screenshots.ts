/**
 * The screenshots of the checker kept in the docs (docs/public/screenshots/), taken from the built
 * site in headless Chromium with real reports of the corpus dropped in:
 *
 *   npm run docs:build && npx tsx scripts/site-screenshots.ts
 */
import { join } from 'node:path';
import { launchBrowser } from '../tests/site/browser.js';
import { serveSite } from '../tests/site/serve.js';

const ROOT = join(import.meta.dirname, '..');
/** Each screenshot: a report dropped on a locale's checker, and the part of the result shown. */
const SHOTS: { locale: string; file: string; from: string; out: string }[] = [
  { locale: '', file: 'tests/corpus/2019-shanghai-szfbgt.html', from: 'section.zf-input', out: 'checker-zh.png' },
  {
    locale: '',
    file: 'tests/corpus/2019-shanghai-szfbgt.html',
    from: '.zfxxgk-report table[data-table="3"]',
    out: 'checker-zh-table.png',
  },
  { locale: 'en/', file: 'tests/corpus/2024-huaian-szf.pdf', from: 'section.zf-input', out: 'checker-en.png' },
];

const site = await serveSite();
const browser = await launchBrowser();
for (const shot of SHOTS) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${site.url}${shot.locale}checker.html`);
  await page.waitForSelector('.zf-checker[data-ready]');
  await page.setInputFiles('input.zf-file', join(ROOT, shot.file));
  await page.waitForSelector('section.zf-input[data-status="checked"] td[data-cell]');
  const box = await page.locator(shot.from).boundingBox();
  if (!box) throw new Error('no result shown');
  await page.screenshot({
    path: join(ROOT, 'docs/public/screenshots', shot.out),
    fullPage: true,
    clip: { x: Math.max(0, box.x - 16), y: box.y - 40, width: Math.min(box.width + 32, 1280), height: 1100 },
  });
  await page.close();
  console.log(`wrote docs/public/screenshots/${shot.out}`);
}
await browser.close();
await site.close();
