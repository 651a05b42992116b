/**
 * Printing (emulated print media at the width of an A4 page's text block): tables print whole,
 * with every source column inside the page; controls are hidden; both map views print; outside
 * links print their addresses.
 */
import { expect, test, type Page } from '@playwright/test';

/** A4 at 96 px per inch less 2 cm margins either side. */
const PAGE_WIDTH = 642;

async function printed(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: PAGE_WIDTH, height: 1000 });
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
}

test('tables print whole: every column of every table lies inside the page, none in a scroll box', async ({ page }) => {
  for (const path of ['/analysis/', '/map/']) {
    await printed(page, path);
    const tables = page.locator('main table');
    expect(await tables.count(), path).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const overflow = await table.evaluate((element) => {
        const scroller = element.closest('.table-scroll');
        const cells = [...element.querySelectorAll('thead th')].map((cell) => cell.getBoundingClientRect().right);
        return {
          clipped: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
          rightmost: Math.max(element.getBoundingClientRect().right, ...cells),
        };
      });
      expect(overflow.clipped, path).toBeLessThanOrEqual(0);
      expect(overflow.rightmost, path).toBeLessThanOrEqual(PAGE_WIDTH);
    }
  }
});

test('controls are hidden on paper: menu, search, theme switch, view switch and filters', async ({ page }) => {
  await printed(page, '/map/');
  for (const selector of ['.site-menu', '.header-search', '.theme-toggle', '.view-switch']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await printed(page, '/analysis/');
  await expect(page.locator('verdict-filter')).toBeHidden();
  const filters = page.locator('verdict-filter select');
  expect(await filters.count()).toBeGreaterThan(0);
  for (const filter of await filters.all()) await expect(filter).toBeHidden();
});

test('both map views print, though the screen shows one at a time', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('.affinity-grid')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.tier-map')).toBeVisible();
  await expect(page.locator('.affinity-grid')).toBeVisible();
});

test('outside links print their address after the link text', async ({ page }) => {
  await printed(page, '/articles/cna-vietnam-courting-north-korea/');
  const link = page.locator('main a[href^="https://"]').first();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" [${href}]"`);
  // Long addresses wrap instead of widening the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PAGE_WIDTH);
});
