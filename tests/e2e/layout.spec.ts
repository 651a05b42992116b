/**
 * Layout invariants over every built page, and the header on phones and desktops: no sideways
 * scrolling from 320 to 1920 px, chart text never under 12 px at 320 px, no two text labels of a
 * chart overlapping, no layout shift while a page loads, a one-row header of at most 64 px on phones with a menu that works without
 * JavaScript, search reachable from the header, and a theme switch that shows its state.
 */
import { expect, test, type Page } from '@playwright/test';
import { overlappingLabels } from './label-boxes.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { builtPages } from './site.ts';

const pages = builtPages();
const WIDTHS = [320, 390, 768, 1280, 1920];

/** Rendered size in CSS px of every visible text in a chart: SVG text after the SVG's scaling. */
export async function chartTextSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg text')]
      .filter((text) => text.textContent?.trim() && text.getBoundingClientRect().width > 0)
      .map((text) => ({
        text: text.textContent!.trim(),
        size: Math.round(parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1) * 10) / 10,
      })),
  );
}

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('never scrolls sideways, from 320 to 1920 px', async ({ page }) => {
      await page.goto(path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
      }
    });

    test('chart text is at least 12 px at 320 px and no chart labels overlap', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect((await chartTextSizes(page)).filter(({ size }) => size < 12)).toEqual([]);
      expect(await overlappingLabels(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await overlappingLabels(page)).toEqual([]);
    });
  });
}

test.describe('the header', () => {
  test('is one row of at most 64 px on phones, with search and a menu', async ({ page }) => {
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto('/analysis/');
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, `at ${width} px`).toBeLessThanOrEqual(64);
      const name = await page.locator('.site-name').boundingBox();
      for (const control of [page.locator('.site-menu > summary'), page.locator('.header-search')]) {
        const box = (await control.boundingBox())!;
        // On the site name's row: their vertical centres are within the name's box.
        expect(box.y + box.height / 2).toBeGreaterThan(name!.y);
        expect(box.y + box.height / 2).toBeLessThan(name!.y + name!.height);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test('links to search from every page', async ({ page }) => {
    for (const path of ['/', '/map/', '/404.html']) {
      await page.goto(path);
      await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\/$/);
    }
  });

  test('shows the sections in a row on wide screens, without a menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(page.locator('.site-menu > summary')).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    await expect(links).toHaveCount(6);
    const tops = await links.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
  });

  test('the theme switch marks the active theme, following the system until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const theme = page.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    await expect(theme.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'false');
    const pressed = await theme.getByRole('button', { name: 'Dark' }).evaluate((button) => getComputedStyle(button).backgroundColor);
    const unpressed = await theme.getByRole('button', { name: 'Light' }).evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(pressed).not.toBe(unpressed);
    await theme.getByRole('button', { name: 'Light' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(theme.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('the phone menu without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  test('opens and closes, and its links work', async ({ page }) => {
    await page.goto('/');
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await expect(sections.getByRole('link', { name: 'Map' })).toBeHidden();
    await page.locator('.site-menu > summary').click();
    await expect(sections.getByRole('link', { name: 'Map' })).toBeVisible();
    await sections.getByRole('link', { name: 'Map' }).click();
    await expect(page).toHaveURL(/\/map\/$/);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Map' })).toBeHidden();
  });
});

test('the first screen of the home page at 1280 × 800 says what the site is and where the verdicts are', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const summary = page.getByRole('region', { name: /claims compared/ });
  const box = (await summary.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await expect(page.locator('h1')).toBeInViewport();
  // The counts are the claims' own: they add up to the number of claims in the data download.
  const data = (await (await request.get('/data/claims.json')).json()) as { claims: { verdict: string }[] };
  const counts = (await summary.locator('li strong').allInnerTexts()).map(Number);
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(data.claims.length);
  await expect(summary.getByRole('heading')).toHaveText(`${data.claims.length} claims compared, source by source`);
  const errors = data.claims.filter((claim) => claim.verdict === 'error-in-source').length;
  await expect(summary.locator('li', { hasText: 'error in a source' })).toHaveText(`⚠ ${errors} error in a source`);
  await summary.getByRole('link').click();
  await expect(page).toHaveURL(/\/analysis\/$/);
});

test.describe('no layout shift while a page loads and its scripts run', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [name, path] of PAGE_TYPES) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      // Every shift since navigation start (buffered), as Lighthouse's CLS counts them.
      const shifts = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => (entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
          }),
      );
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    });
  }
});
