/** What a newcomer relies on to find their way: sections, current page, breadcrumbs, print. */
import { expect, test } from '@playwright/test';

const SECTION_NAMES = ['Story', 'Sources', 'Timeline', 'Map', 'Analysis', 'Method'];

test('the header lists every section and marks the current one', async ({ page }) => {
  await page.goto('/timeline/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveText(SECTION_NAMES);
  await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/articles/cna-vietnam-courting-north-korea/');
  await expect(nav.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'true');
});

test('deep pages have breadcrumbs back to their section', async ({ page }) => {
  for (const [path, trail] of [
    ['/articles/cna-vietnam-courting-north-korea/', ['Story', 'Sources']],
    ['/countries/vnm/', ['Story', 'Map']],
  ] as const) {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText([...trail]);
  }
});

test('every source, event, country and claim is within two clicks of the home page', async ({ page }) => {
  await page.goto('/');
  const firstHop = await page.locator('a[href^="/"]').evaluateAll((links) => [...new Set(links.map((link) => (link as HTMLAnchorElement).pathname))]);
  expect(firstHop).toEqual(expect.arrayContaining(['/articles/', '/timeline/', '/map/', '/analysis/']));
  await page.goto('/timeline/');
  await expect(page.locator('[id^="event-"]').first()).toBeAttached();
  await page.goto('/analysis/');
  await expect(page.locator('[id^="claim-"]').first()).toBeAttached();
  await page.goto('/map/');
  await expect(page.locator('a[href^="/countries/"]').first()).toBeAttached();
});

test('printing an article hides navigation and prints source addresses', async ({ page }) => {
  await page.goto('/articles/dw-north-korea-eyes-southeast-asia/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  // Addresses print as numbered footnotes, listed at the end of the page (print.spec.ts).
  const source = page.locator('.prose a[href^="https://www.dw.com/"]').first();
  const number = await source.getAttribute('data-print-link');
  expect(await source.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`"[${number}]"`);
  await expect(page.locator('.print-links li').nth(Number(number) - 1)).toHaveText(/^https:\/\/www\.dw\.com\//);
});
