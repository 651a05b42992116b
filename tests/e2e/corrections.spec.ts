/** The corrections log: one source for the page, the feed and the footer link on every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseEntryList } from '../../src/lib/entry-list.ts';
import { builtPages, DIST } from './site.ts';

const LOG = parseEntryList(readFileSync(join(DIST, '..', 'content/corrections.yaml'), 'utf8')) as { id: string; subject: string; date: string }[];

test('every entry of the log has its anchor on /corrections/, with its date and subject', async ({ page }) => {
  expect(LOG.length).toBeGreaterThan(0);
  await page.goto('/corrections/');
  await expect(page.locator('.log > li')).toHaveCount(LOG.length);
  for (const entry of LOG) {
    const item = page.locator(`li[id="${entry.id}"]`);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(entry.subject);
    await expect(item.locator(`time[datetime="${entry.date}"]`)).toBeVisible();
  }
  // Newest first, as the feed lists them.
  const dates = await page.locator('.log > li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('entries of the same day keep the order the log file gives them', async ({ page }) => {
  await page.goto('/corrections/');
  const shown = await page.locator('.log > li').evaluateAll((items) => items.map((item) => item.id));
  // The file is newest first; a stable sort by date only restores that where an editor slipped.
  const written = LOG.map((entry, position) => ({ ...entry, position }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.position - b.position)
    .map((entry) => entry.id);
  expect(shown).toEqual(written);
});

test('every entry of the log is an item of the RSS feed linking to its anchor', async ({ page }) => {
  const xml = await (await page.request.get('/rss.xml')).text();
  const links = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('item > link')].map((link) => link.textContent ?? '');
  }, xml);
  const correctionLinks = links.filter((link) => link.includes('/corrections/#'));
  expect(correctionLinks.map((link) => link.split('#')[1]).sort()).toEqual(LOG.map((entry) => entry.id).sort());
});

test('every page links to the corrections log from its footer', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    expect(footer, path).toMatch(/<a href="\/corrections\/"[^>]*>Corrections<\/a>/);
  }
});

test('a claim with an entry in the log shows its history, linked to the entry', async ({ page }) => {
  const withClaim = LOG.find((entry) => (entry as { claims?: string[] }).claims?.length) as { id: string; claims: string[] } | undefined;
  expect(withClaim, 'the log has an entry that concerns a claim').toBeDefined();
  await page.goto(`/claims/${withClaim!.claims[0]}/`);
  const history = page.locator('.correction-history');
  await expect(history.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', `/corrections/#${withClaim!.id}`);
});

test('a source page links to the log entries that concern it', async ({ page }) => {
  const withArticle = LOG.find((entry) => (entry as { articles?: string[] }).articles?.length) as { id: string; articles: string[] } | undefined;
  expect(withArticle, 'the log has an entry that concerns a source').toBeDefined();
  await page.goto(`/articles/${withArticle!.articles[0]}/`);
  const box = page.getByRole('region', { name: 'Where this text comes from' });
  await expect(box.locator(`a[href="/corrections/#${withArticle!.id}"]`)).toHaveCount(1);
});

test('entries fold their texts; the one a link points at shows whole, and print shows them all', async ({ page }) => {
  const [first, second] = LOG;
  await page.goto(`/corrections/#${second!.id}`);
  const targeted = page.locator(`li[id="${second!.id}"]`);
  const other = page.locator(`li[id="${first!.id}"]`);
  await expect(targeted.getByText('Why', { exact: true })).toBeVisible();
  await expect(other.getByText('Why', { exact: true })).toBeHidden();
  await expect(other.locator('summary')).toBeVisible();
  await other.locator('summary').click();
  await expect(other.getByText('Why', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.goto('/corrections/');
  await expect(page.locator('.log > li').last().getByText('Why', { exact: true })).toBeVisible();
});
