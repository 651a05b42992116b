/**
 * Article pages as readers use them (issue 12): each page's rail draws exactly the countries and
 * events its content implies (expected sets read from content/ here, never written down), a
 * numbered margin note follows every compared passage in reading order, notes sit beside their
 * passage on wide screens and after it on phones, the keyboard reaches every note and number,
 * linked reading highlights rail and passages, and one article is compared with screenshots.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as yaml from 'js-yaml';
import { PROJECT_ROOT } from '../support/site-copy.ts';

interface Cited {
  article: string;
  passage?: string;
  quote?: string;
}
interface EventFile {
  sources: Cited[];
  accounts?: { version: string; source: Cited }[];
}
interface ClaimFile {
  stances: { article: string; stance: string; passage?: string; quote?: string }[];
}

const content = (...path: string[]) => join(PROJECT_ROOT, 'content', ...path);
const ARTICLES = readdirSync(content('articles')).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3)).sort();
const yamlFiles = <T>(folder: string): [string, T][] =>
  readdirSync(content(folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.slice(0, -5), yaml.load(readFileSync(content(folder, file), 'utf8')) as T]);
const EVENTS = yamlFiles<EventFile>('events');
const CLAIMS = yamlFiles<ClaimFile>('claims');

function frontmatterCountries(slug: string): string[] {
  const text = readFileSync(content('articles', `${slug}.md`), 'utf8');
  const frontmatter = yaml.load(text.split(/^---$/m)[1]!) as { countries: string[] };
  return frontmatter.countries;
}
const eventsCiting = (slug: string) =>
  EVENTS.filter(([, event]) => [...event.sources, ...(event.accounts ?? []).map((account) => account.source)].some((citation) => citation.article === slug));
const claimsCiting = (slug: string) =>
  CLAIMS.filter(([, claim]) => claim.stances.some((entry) => entry.article === slug && entry.stance !== 'silent' && (entry.passage ?? entry.quote) !== undefined));

const attributes = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((elements, attribute) => elements.map((element) => element.getAttribute(attribute)!), name);

for (const slug of ARTICLES) {
  test.describe(slug, () => {
    test('the rail draws exactly this article’s countries and events, server-rendered', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/articles/${slug}/`);
      const countries = await attributes(page, '.article-map svg a.al-country', 'data-country');
      expect([...countries].sort()).toEqual([...frontmatterCountries(slug)].sort());
      for (const id of countries) await expect(page.locator(`.article-map svg a[data-country="${id}"]`)).toHaveAttribute('href', `/countries/${id}/`);

      const expected = eventsCiting(slug);
      const marks = await attributes(page, '.article-timeline svg a.tl-event', 'data-event');
      expect([...marks].sort()).toEqual(expected.map(([id]) => id).sort());
      for (const [id, event] of expected) {
        const mark = page.locator(`.article-timeline svg a[data-event="${id}"]`);
        const href = (await mark.getAttribute('href'))!;
        expect(href).toMatch(/^#cited-/);
        await expect(page.locator(`.reading-text ${href.replace(/([^\w#-])/g, '\\$1')}`)).toHaveCount(1);
        const item = page.locator(`.article-event-list li[data-event="${id}"]`);
        await expect(item.locator(`a[href="/timeline/#event-${id}"]`)).toHaveCount(1);
        const differs = (event.accounts ?? []).length > 0;
        expect(await mark.getAttribute('aria-label')).toContain(differs ? 'accounts differ' : '');
        await expect(item.locator('.differs')).toHaveCount(differs ? 1 : 0);
      }
      await context.close();
    });

    test('a numbered note follows every compared passage, in reading order', async ({ page }) => {
      await page.goto(`/articles/${slug}/`);
      const claims = claimsCiting(slug).map(([id]) => id).sort();
      const notes = page.locator('.reading-text aside.margin-note');
      await expect(notes).toHaveCount(claims.length);
      expect([...(await attributes(page, '.reading-text aside.margin-note', 'data-claim'))].sort()).toEqual(claims);
      const order = await page.locator('.reading-text').evaluate((text) => {
        const all = [...text.querySelectorAll('*')];
        return [...text.querySelectorAll<HTMLElement>('aside.margin-note')].map((note) => ({
          id: note.id,
          note: all.indexOf(note),
          ref: all.indexOf(text.querySelector(`a.note-ref[href="#${note.id}"]`)!),
          passage: all.indexOf(document.getElementById(note.dataset['passage']!)!),
          strip: note.querySelectorAll('.stance-strip li').length,
        }));
      });
      order.forEach((entry, index) => {
        expect(entry.id).toBe(`note-${index + 1}`);
        expect(entry.passage, `${entry.id}: its passage is in the text`).toBeGreaterThanOrEqual(0);
        expect(entry.ref).toBeGreaterThan(entry.passage);
        expect(entry.note).toBeGreaterThan(entry.ref);
        expect(entry.strip).toBe(5);
        if (index > 0) expect(entry.ref).toBeGreaterThan(order[index - 1]!.ref);
      });
    });
  });
}

const SLUG = 'cna-vietnam-courting-north-korea';

test('notes sit beside their passage on wide screens and after it on phones', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/articles/${SLUG}/`);
  const note = page.locator('aside.margin-note').first();
  const ref = page.locator('a.note-ref').first();
  const text = page.locator('.reading-text > p').first();
  const [noteBox, refBox, textBox] = [await note.boundingBox(), await ref.boundingBox(), await text.boundingBox()];
  expect(noteBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
  expect(Math.abs(noteBox!.y - refBox!.y)).toBeLessThan(400);
  const rail = await page.locator('.rail-bottom').boundingBox();
  expect(rail!.x).toBeGreaterThan(noteBox!.x + noteBox!.width);

  await page.setViewportSize({ width: 390, height: 844 });
  const [phoneNote, phoneRef] = [await note.boundingBox(), await ref.boundingBox()];
  expect(phoneNote!.y).toBeGreaterThan(phoneRef!.y);
  expect(Math.abs(phoneNote!.x - (await text.boundingBox())!.x)).toBeLessThan(2);
});

test('the keyboard reaches every note number and every note', async ({ page }) => {
  await page.goto(`/articles/${SLUG}/`);
  const wanted = new Set([
    ...(await attributes(page, 'a.note-ref', 'id')),
    ...(await page.locator('aside.margin-note a.note-number').evaluateAll((links) => links.map((link) => link.id))),
  ]);
  const reached = new Set<string>();
  const total = await page.locator('a[href], summary, [tabindex="0"]').count();
  for (let step = 0; step < total + 10 && reached.size < wanted.size; step += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (wanted.has(id)) reached.add(id);
  }
  expect([...wanted].filter((id) => !reached.has(id))).toEqual([]);
});

test('linked reading: the passage in view lights up its rail events; a focused note lights its passage', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/articles/${SLUG}/`);
  const mark = page.locator('.article-timeline svg a.tl-event').first();
  const target = (await mark.getAttribute('href'))!;
  await page.locator(target).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect(mark).toHaveClass(/is-linked/);
  const note = page.locator('aside.margin-note').first();
  const passage = page.locator(`[id="${await note.getAttribute('data-passage')}"]`);
  await note.locator('a.note-number').focus();
  await expect(passage).toHaveClass(/is-noted/);
  const lastRef = page.locator('a.note-ref').last();
  await lastRef.focus();
  await expect(passage).not.toHaveClass(/is-noted/);
  // A number lights the passage of the note it leads to.
  const lastNote = page.locator(`aside${(await lastRef.getAttribute('href'))!}`);
  await expect(page.locator(`[id="${await lastNote.getAttribute('data-passage')}"]`)).toHaveClass(/is-noted/);
});

test('in print the notes follow the text as numbered footnotes, in order, under a Notes heading', async ({ page }) => {
  // A4 at 96 px per inch less 2 cm margins either side, as in print.spec.ts.
  await page.setViewportSize({ width: 642, height: 1000 });
  await page.goto(`/articles/${SLUG}/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.reading-text').evaluate((text) => {
    const blocks = [...text.children].filter((child) => !child.classList.contains('margin-notes'));
    const groups = [...text.querySelectorAll<HTMLElement>(':scope > .margin-notes')];
    return {
      textEnd: Math.max(...blocks.map((block) => block.getBoundingClientRect().bottom)),
      notes: [...text.querySelectorAll<HTMLElement>('aside.margin-note')].map((note) => ({ id: note.id, top: note.getBoundingClientRect().top, shown: note.offsetHeight > 0 })),
      heading: getComputedStyle(groups[0]!, '::before').content,
      otherHeadings: groups.slice(1).map((group) => getComputedStyle(group, '::before').content),
    };
  });
  expect(printed.notes.length).toBeGreaterThan(0);
  expect(printed.heading).toBe('"Notes"');
  expect(new Set(printed.otherHeadings)).toEqual(new Set(['none']));
  printed.notes.forEach((note, index) => {
    expect(note.id).toBe(`note-${index + 1}`);
    expect(note.shown, note.id).toBe(true);
    expect(note.top, `${note.id} after the text`).toBeGreaterThanOrEqual(printed.textEnd);
    if (index > 0) expect(note.top, `${note.id} after the note before`).toBeGreaterThan(printed.notes[index - 1]!.top);
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`the reading layout looks as it did at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/articles/${SLUG}/`);
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.reading-text > p').nth(1).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16));
    await expect(page).toHaveScreenshot(`article-reading-${viewport.width}.png`);
  });
}
