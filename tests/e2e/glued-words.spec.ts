/**
 * Astro drops the line-break white space between an element and the text beside it, so markup
 * that reads well in the source ("see the\n<a>map page</a>\nadds") builds into glued words
 * ("map pageadds"). Over every built page, in the browser (so CSS decides what is inline), this
 * walks the visible text in reading order and fails where two pieces of text meet across an
 * element boundary inside one line box with no space between them: a word touching a link,
 * badge or other inline element, or a sentence's punctuation touching the next word.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

/** The glued joins on the page, each as "before|after" with a little text either side. */
export async function gluedJoins(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const INLINE = new Set(['inline', 'inline-block', 'contents']);
    const SKIP = 'script, style, svg, template, pre, noscript';
    const joins: string[] = [];
    /** The visible text since the last line or block break. */
    let previous = '';
    const emit = (text: string) => {
      // A word, or a sentence's punctuation, touching the next word. A possessive is fine.
      if (/[\p{L}\p{N}.:;,·)]$/u.test(previous) && /^[\p{L}\p{N}(]/u.test(text) && !/^s\b/u.test(text)) {
        joins.push(`${previous.slice(-24)}|${text.slice(0, 24)}`.replace(/\s+/g, ' '));
      }
      previous = text;
    };
    const pseudo = (element: Element, which: '::before' | '::after') => {
      const content = getComputedStyle(element, which).content;
      if (content === 'none' || content === 'normal') return;
      // Quotation marks of <q>; any other generated content (a counter, an attribute) as a space.
      emit(content === 'open-quote' ? '“' : content === 'close-quote' ? '”' : /^".*"$/.test(content) ? content.slice(1, -1) : ' ');
    };
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent) emit(node.textContent);
        return;
      }
      if (!(node instanceof Element) || node.matches(SKIP) || !node.checkVisibility()) return;
      if (node.tagName === 'BR') {
        previous = '';
        return;
      }
      const block = !INLINE.has(getComputedStyle(node).display);
      if (block) previous = '';
      pseudo(node, '::before');
      node.childNodes.forEach(visit);
      pseudo(node, '::after');
      if (block) previous = '';
    };
    visit(document.body);
    return joins;
  });
}

for (const path of pages) {
  test(`page ${path} has no words glued across elements`, async ({ page }) => {
    await page.goto(path);
    expect(await gluedJoins(page)).toEqual([]);
  });
}

test('the check catches a word glued to a link and a sentence glued to the next', async ({ page }) => {
  await page.setContent('<main><p>See the <a href="#">map page</a>adds more.</p><p>Evidence:<a href="#">Claim</a>. It cites.<span>See them</span>.</p><p>Fine <a href="#">here</a>, and <b>here</b>’s fine.</p></main>');
  expect(await gluedJoins(page)).toEqual(['map page|adds more.', 'Evidence:|Claim', '. It cites.|See them']);
});

test('search results show headings without the permalink "#" and without glued words', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search sources, events, countries and claims').fill('Pyongyang');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  const titles = await page.locator('[data-search-results] a').allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.filter((title) => title.trim().endsWith('#'))).toEqual([]);
  expect(await gluedJoins(page)).toEqual([]);
  const excerpts = (await page.locator('[data-search-results] p:not(.meta)').allInnerTexts()).join('\n');
  expect(excerpts).not.toMatch(/\p{Ll}[.:;,]\p{Lu}/u);
});
