/** One site name everywhere a reader or a reader's software meets it: header, titles, link previews, feed. */
import { expect, test } from '@playwright/test';
import { SITE_NAME } from '../../src/lib/site-name.ts';

test('the header, page titles, link previews and the feed carry the one site name', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(SITE_NAME);
  await expect(page.locator('.site-name')).toHaveText(SITE_NAME);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', SITE_NAME);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('title', `${SITE_NAME} — sources and corrections`);
  await page.goto('/method/');
  await expect(page).toHaveTitle(`Method · ${SITE_NAME}`);
  const feed = await (await page.request.get('/rss.xml')).text();
  const channelTitle = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('channel > title')?.textContent, feed);
  expect(channelTitle).toBe(`${SITE_NAME} — sources and corrections`);
});
