/**
 * Prints the layout figures issue 11 tracks, from the built site in a headless Chromium: header
 * height at 390 px, the smallest chart text at 320 px (rendered size, after the SVG's scaling),
 * and page heights at 1280 px, one line per page type. With a folder argument it also saves
 * screenshots of each page type at 390 and 1280 px, light and dark.
 *
 *   npm run build && node src/node/measure-layout.ts [screenshotFolder]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStaticServer } from './static-server.ts';
import { PAGE_TYPES } from '../lib/page-types.ts';


/** Smallest rendered font size of any text inside a chart (SVG text, or HTML labels over it). */
async function smallestChartText(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const sizes: number[] = [];
    for (const text of document.querySelectorAll<SVGGraphicsElement>('svg text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || !text.textContent?.trim()) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    for (const label of document.querySelectorAll<HTMLElement>('[data-chart-label]')) {
      if (label.getBoundingClientRect().width > 0) sizes.push(parseFloat(getComputedStyle(label).fontSize));
    }
    return sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : undefined;
  });
}

async function main(): Promise<void> {
  const shots = process.argv[2];
  if (shots) mkdirSync(shots, { recursive: true });
  const port = 4346;
  const server = await startStaticServer('dist', port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log('page type   header@390  smallest chart text@320  height@1280');
    for (const [name, path] of PAGE_TYPES) {
      const url = `http://127.0.0.1:${port}${path}`;
      const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await narrow.goto(url);
      const header = await narrow.locator('.site-header').evaluate((element) => Math.round(element.getBoundingClientRect().height));
      await narrow.setViewportSize({ width: 320, height: 640 });
      const smallest = await smallestChartText(narrow);
      await narrow.close();
      const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await wide.goto(url);
      const height = await wide.evaluate(() => document.documentElement.scrollHeight);
      await wide.close();
      console.log(`${name.padEnd(11)} ${`${header} px`.padStart(10)} ${(smallest === undefined ? '—' : `${smallest} px`).padStart(24)} ${`${height} px`.padStart(12)}`);
      if (!shots) continue;
      for (const width of [390, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
          await page.goto(url);
          await page.screenshot({ path: join(shots, `${name}-${width}-${colorScheme}.png`), fullPage: false });
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
