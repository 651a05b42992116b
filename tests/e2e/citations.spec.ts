/**
 * Passages and quotes are never confused on any built page: a passage (our restatement) is never
 * inside `<q>` or quotation marks, a quote (a source's own words) always is, and no cited passage
 * of the content appears in `<q>` anywhere, whatever component renders it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as yaml from 'js-yaml';
import { builtPages } from './site.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
const fold = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();

/** Every passage and quote the content cites, by kind. */
function citedWords(): { passages: Set<string>; quotes: Set<string> } {
  const passages = new Set<string>();
  const quotes = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const { passage, quote } = value as { passage?: unknown; quote?: unknown };
      if (typeof passage === 'string') passages.add(fold(passage));
      if (typeof quote === 'string') quotes.add(fold(quote));
      Object.values(value).forEach(walk);
    }
  };
  for (const folder of ['claims', 'events']) {
    for (const name of readdirSync(join(CONTENT, folder))) walk(yaml.load(readFileSync(join(CONTENT, folder, name), 'utf8')));
  }
  walk(yaml.load(readFileSync(join(CONTENT, 'countries.yaml'), 'utf8')));
  return { passages, quotes };
}

const { passages, quotes } = citedWords();
const pages = builtPages();

test('the content cites both kinds', () => {
  expect(passages.size).toBeGreaterThan(100);
  expect(quotes.size).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`page ${path} shows passages as links, never as quotations, and quotes in quotation marks`, async ({ page }) => {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const quoteMark = /["\u201C\u201D\u00AB\u00BB]/;
      const passages = [...document.querySelectorAll('[data-citation="passage"]')].map((element) => ({
        text: element.textContent ?? '',
        inQ: element.closest('q') !== null,
        isLink: element.tagName === 'A' && element.hasAttribute('href'),
        // Quotation marks written around the element in the surrounding text.
        markedAround: quoteMark.test(element.previousSibling?.textContent?.slice(-1) ?? '') || quoteMark.test(element.nextSibling?.textContent?.slice(0, 1) ?? ''),
      }));
      const quotes = [...document.querySelectorAll('[data-citation="quote"]')].map((element) => ({ text: element.textContent ?? '', tag: element.tagName }));
      const qTexts = [...document.querySelectorAll('q')].map((element) => element.textContent ?? '');
      return { passages, quotes, qTexts };
    });
    for (const passage of found.passages) {
      expect(passage, passage.text).toMatchObject({ inQ: false, isLink: true, markedAround: false });
      expect(passage.text.trim().startsWith('"') || passage.text.trim().startsWith('“'), passage.text).toBe(false);
    }
    for (const quote of found.quotes) expect(quote.tag, quote.text).toBe('Q');
    const passagesInQ = found.qTexts.map(fold).filter((text) => passages.has(text) && !quotes.has(text));
    expect(passagesInQ).toEqual([]);
  });
}

test('a quote is shown with its speaker and links to its marked words in the article', async ({ page }) => {
  await page.goto('/countries/vnm/');
  const quote = page.locator('.cited-quote', { has: page.locator('q', { hasText: 'two parties, two countries, two peoples' }) });
  await expect(quote).toContainText('KCNA, quoted by');
  await quote.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/north-korea-southeast-asian-diplomatic-tiers\/#cited-two-parties/);
  const target = page.locator(':target');
  await expect(target).toHaveText('two parties, two countries, two peoples');
  await expect(target.locator('xpath=ancestor::p')).toContainText('“two parties, two countries, two peoples”');
});

test('a passage on a claim page links to its highlighted words in the article', async ({ page }) => {
  await page.goto('/claims/to-lam-led-vietnams-delegation/');
  const passage = page.locator('[data-citation="passage"]').first();
  const words = fold((await passage.textContent()) ?? '');
  await passage.click();
  await expect(page.locator(':target')).toHaveClass(/claim-passage/);
  expect(fold((await page.locator(':target').textContent()) ?? '')).toBe(words);
});
