/**
 * Printing (emulated print media at the width of an A4 page's text block): tables print whole,
 * with every source column inside the page; controls are hidden; both map views print; links
 * print as numbered footnotes with their full addresses listed at the end of the page.
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

/** What the printed copy shows of the page's links, read in the browser. */
async function printedLinks(page: Page) {
  return page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((link) => !link.closest('svg'));
    return {
      canonical,
      links: links.map((link) => {
        const box = link.getBoundingClientRect();
        // The number prints after the link's last line: that line's bottom is where it stands.
        const lastLine = [...link.getClientRects()].at(-1);
        return {
          href: link.getAttribute('href')!,
          address: new URL(link.getAttribute('href')!, canonical).href,
          text: link.textContent!.trim(),
          passage: link.dataset['citation'] === 'passage',
          number: link.dataset['printLink'],
          marker: getComputedStyle(link, '::after').content,
          visible: link.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && box.width > 1 && box.height > 1,
          numberAt: { left: box.left, right: box.right, y: (lastLine?.bottom ?? 0) + window.scrollY },
        };
      }),
      list: [...document.querySelectorAll('.print-links li')].map((item) => item.textContent),
    };
  });
}

const ARTICLE = '/articles/north-korea-southeast-asian-diplomatic-tiers/';

test('links print a bracketed number, and the page ends with their full addresses, one per address', async ({ page }) => {
  for (const path of [ARTICLE, '/']) {
    await printed(page, path);
    await expect(page.getByRole('heading', { name: 'Links on this page' }), path).toBeVisible();
    const { links, list } = await printedLinks(page);
    const numbered = links.filter((link) => link.number !== undefined);
    expect(numbered.length, path).toBeGreaterThan(10);
    for (const link of numbered) {
      expect(link.marker, `${path} ${link.href}`).toBe(`"[${link.number}]"`);
      // Internal links print the deployed address; a cited passage prints its article's.
      const address = link.passage ? link.address.replace(/#.*$/, '') : link.address;
      expect(list[Number(link.number) - 1], `${path} ${link.href}`).toBe(address);
    }
    expect(new Set(list).size, `${path}: one number per address`).toBe(list.length);
    expect(list.every((address) => /^(https?:\/\/|mailto:)/.test(address!)), path).toBe(true);
    // Long addresses wrap instead of widening the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PAGE_WIDTH);
  }
});

test('the article page prints its outside source and internal links as footnotes, not as glued addresses', async ({ page }) => {
  await printed(page, ARTICLE);
  const { links, list } = await printedLinks(page);
  const outlet = links.find((link) => link.href.startsWith('https://'))!;
  expect(outlet.marker).toMatch(/^"\[\d+\]"$/);
  expect(list).toContain(outlet.href);
  expect(list).toContain('https://nk-sea.example.org/analysis/');
  // No link carries its address after its text any more.
  expect(links.filter((link) => link.marker.includes('http'))).toEqual([]);
});

test('footnote numbers run down the printed page, and every link the paper shows has one', async ({ page }) => {
  for (const path of [ARTICLE, '/', '/analysis/', '/map/', '/timeline/', '/countries/vnm/', '/claims/to-lam-led-vietnams-delegation/', '/method/']) {
    await printed(page, path);
    const { canonical, links } = await printedLinks(page);
    const here = new URL(canonical);
    const needsFootnote = (link: (typeof links)[number]) => {
      const target = new URL(link.address);
      const anchorHere = target.pathname === here.pathname && target.hash !== '';
      const textIsAddress = link.text.replace(/^https?:\/\//, '').replace(/\/$/, '') === target.href.replace(/^https?:\/\//, '').replace(/\/$/, '');
      return !link.href.startsWith('#') && !anchorHere && !textIsAddress;
    };
    const missing = links.filter((link) => link.visible && needsFootnote(link) && link.number === undefined).map((link) => link.href);
    expect(missing, `${path}: printed links without a number`).toEqual([]);
    const unseen = links.filter((link) => !link.visible && link.number !== undefined).map((link) => link.href);
    expect(unseen, `${path}: numbers on links the paper does not show`).toEqual([]);
    // Where each number first prints, in number order: never above the line of the one before,
    // unless in a column to its right (table cells, the timeline's entries side by side).
    const firsts = [...new Map(links.filter((link) => link.number !== undefined).map((link) => [Number(link.number), link.numberAt] as const).reverse()).entries()].sort(([a], [b]) => a - b);
    const outOfOrder = firsts
      .filter(([, at], index) => {
        const before = firsts[index - 1]?.[1];
        return before !== undefined && at.y < before.y - 1 && at.left < before.right;
      })
      .map(([number]) => number);
    expect(outOfOrder, `${path}: numbers printed above an earlier one`).toEqual([]);
  }
});

test('on screen the footnotes are neither shown nor read out', async ({ page }) => {
  for (const path of [ARTICLE, '/']) {
    await page.goto(path);
    await expect(page.locator('.print-links'), path).toBeHidden();
    const markers = await page.locator('main a[data-print-link]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    expect(markers.length, path).toBeGreaterThan(0);
    expect(markers.filter((content) => content !== 'none'), path).toEqual([]);
    // The numbers are attributes, not text: screen readers and the search index see none of them.
    expect(await page.locator('main').evaluate((main: HTMLElement) => /\[\d+\]/.test(main.innerText)), path).toBe(false);
  }
});
