/**
 * Runs over every HTML page in the build (not a hand-picked list): it loads without console
 * errors or failed or outside requests, has exactly one h1, passes axe (WCAG 2.2 A/AA), keeps
 * its content, charts and navigation with JavaScript off, and does not scroll sideways at 320 px.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, builtPages } from './site.ts';

const pages = builtPages();

test('the build contains the expected kinds of page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/articles/');
  expect(pages.filter((path) => /^\/articles\/[^/]+\/$/.test(path))).toHaveLength(5);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads cleanly, has one h1 and no axe violations', async ({ page, baseURL }) => {
      // axe walks every node: on the longest pages (the corrections log, the analysis) that takes
      // tens of seconds on a busy two-core machine, which is not a failure of the page.
      test.setTimeout(120_000);
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`outside request: ${request.url()}`);
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('has no horizontal scrolling at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`page ${path} keeps its content, charts and navigation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(2);
      // Charts are server-rendered SVG: what JavaScript would enhance must already be there.
      const enhanced = page.locator('[data-chart]');
      for (const chart of await enhanced.all()) await expect(chart.locator('svg')).toHaveCount(1);
    });
  }
});
