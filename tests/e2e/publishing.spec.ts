/** Publishing features: theme, search, feeds, metadata, security headers in practice. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './site.ts';

test('the theme switch shows the active theme, switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'false');
  await theme.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/articles/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(theme.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'false');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
});

test('search finds a known article and shows its type and date', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search sources, events, countries and claims').fill('Kansai Gaidai');
  await page.getByRole('button', { name: 'Search' }).click();
  // Claim pages about the scholar rank with the source that quotes him; the source must be among them.
  const source = page.locator('[data-search-results] > li').filter({ has: page.getByRole('link', { name: 'North Korea eyes Southeast Asia for new friends', exact: true }) });
  await expect(source.first()).toBeVisible();
  await expect(source.first().locator('.meta')).toHaveText('Source · 19 October 2025');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the sections', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('[data-search-fallback] a')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});

test('the RSS feed is valid XML with every source and the corrections', async ({ page }) => {
  const response = await page.request.get('/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item > link')].map((link) => link.textContent);
  }, xml);
  expect(items).not.toBeNull();
  expect(items!.filter((link) => link?.includes('/articles/') && !link.endsWith('/articles/'))).toHaveLength(5);
  // Corrections-log entries are items of their own (see corrections.spec.ts for one per entry).
  expect(xml).toContain('<category>correction</category>');
});

test('the sitemap is valid XML listing every page but the 404', async ({ page }) => {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
  const urls = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror') ? null : [...doc.querySelectorAll('url > loc')].map((loc) => loc.textContent ?? '');
  }, sitemap);
  expect(urls).not.toBeNull();
  expect(urls!.some((url) => url.endsWith('/articles/dw-north-korea-eyes-southeast-asia/'))).toBe(true);
  expect(urls!.some((url) => url.includes('404'))).toBe(false);
});

test('every page has a canonical URL, Open Graph and Twitter card tags, and a share image that exists', async ({ page }) => {
  await page.goto('/articles/cna-vietnam-courting-north-korea/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/cna-vietnam-courting-north-korea\/$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const imagePath = new URL(image!).pathname;
  const response = await page.request.get(imagePath);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('robots.txt points at the sitemap, and the security headers file is deployed', () => {
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain("Content-Security-Policy: default-src 'self'");
});

test('the 404 page offers search and the main links', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Search the site' })).toBeVisible();
});
