/**
 * The timeline page in a browser: keyboard-only use, filters, the URL hash, the page without
 * JavaScript, the compact chart on the home page, and labels that do not collide with the fonts
 * the browser really uses. (Axe, one h1, 320 px and console errors: every-page.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 800 };

/** The chart the container query shows at the current width. */
const visibleChart = (page: Page) => page.locator('timeline-chart [data-chart]:visible svg');

/** Ids of the events in the visible chart, in document (= chronological) order. */
async function chartEventIds(page: Page): Promise<string[]> {
  return visibleChart(page).locator('a.tl-event:visible').evaluateAll((links) => links.map((link) => link.getAttribute('data-event')!));
}

const focusedEvent = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? null);

/** Presses Tab until an event link has focus; returns how many presses it took. */
async function tabIntoChart(page: Page): Promise<number> {
  for (let presses = 1; presses <= 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focusedEvent(page)) return presses;
  }
  throw new Error('Tab never reached an event in the chart.');
}

for (const [name, viewport, next, previous] of [
  ['wide (horizontal chart)', WIDE, 'ArrowRight', 'ArrowLeft'],
  ['narrow (vertical chart)', NARROW, 'ArrowDown', 'ArrowUp'],
] as const) {
  test(`keyboard only, ${name}: one tab stop, arrows walk every event in order, Enter opens its entry`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/timeline/');
    await expect(visibleChart(page)).toHaveCount(1);
    const ids = await chartEventIds(page);
    expect(ids.length).toBeGreaterThan(10);
    await expect(visibleChart(page).locator('a.tl-event[tabindex="0"]')).toHaveCount(1);

    await tabIntoChart(page);
    expect(await focusedEvent(page)).toBe(ids[0]);
    const detail = page.locator('[data-detail]');
    await expect(detail).toBeVisible();
    const walked = [ids[0]];
    for (let step = 1; step < ids.length; step += 1) {
      await page.keyboard.press(next);
      walked.push((await focusedEvent(page))!);
    }
    expect(walked).toEqual(ids);
    // The detail panel follows focus and names the focused event.
    const lastTitle = await page.locator(`#event-${ids.at(-1)} .event-title`).innerText();
    await expect(detail).toContainText(lastTitle);
    await page.keyboard.press(next);
    expect(await focusedEvent(page)).toBe(ids.at(-1));
    await page.keyboard.press(previous);
    expect(await focusedEvent(page)).toBe(ids.at(-2));
    await page.keyboard.press('Home');
    expect(await focusedEvent(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focusedEvent(page)).toBe(ids.at(-1));
    await expect(visibleChart(page).locator('a.tl-event[tabindex="0"]')).toHaveCount(1);

    // Tab leaves the chart in one press: the chart is a single tab stop.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedEvent(page)).toBeNull();
    await page.keyboard.press('Tab');
    expect(await focusedEvent(page)).toBe(ids.at(-1));

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#event-${ids.at(-1)}$`));
    await expect(page.locator(`li#event-${ids.at(-1)}`)).toBeInViewport();
    await expect(visibleChart(page).locator(`a[data-event="${ids.at(-1)}"]`)).toHaveClass(/is-selected/);
  });
}

test('filters by category and by country change the chart and the list', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/timeline/');
  const status = page.locator('.filter-status');
  const total = (await chartEventIds(page)).length;
  await expect(status).toHaveText(`Showing ${total} of ${total} events in the chart and the list below.`);
  await expect(page.locator('li.event:visible')).toHaveCount(total);

  await page.getByRole('checkbox', { name: 'State diplomacy' }).uncheck();
  const withoutDiplomacy = await chartEventIds(page);
  expect(withoutDiplomacy.length).toBeLessThan(total);
  expect(withoutDiplomacy.length).toBeGreaterThan(0);
  await expect(visibleChart(page).locator('a.tl-event[data-category="state-diplomacy"]:visible')).toHaveCount(0);
  await expect(page.locator('li.event[data-category="state-diplomacy"]:visible')).toHaveCount(0);
  await expect(page.locator('li.event:visible')).toHaveCount(withoutDiplomacy.length);
  await expect(status).toHaveText(`Showing ${withoutDiplomacy.length} of ${total} events in the chart and the list below.`);

  await page.getByRole('checkbox', { name: 'State diplomacy' }).check();
  const country = page.getByRole('combobox', { name: 'Country' });
  const laos = await country.locator('option', { hasText: 'Laos' }).getAttribute('value');
  await country.selectOption(laos!);
  const laoEvents = await chartEventIds(page);
  expect(laoEvents.length).toBeGreaterThan(0);
  expect(laoEvents.length).toBeLessThan(total);
  for (const countries of await visibleChart(page).locator('a.tl-event:visible').evaluateAll((links) => links.map((link) => link.getAttribute('data-countries')!))) {
    expect(countries.split(' ')).toContain(laos);
  }
  await expect(page.locator('li.event:visible')).toHaveCount(laoEvents.length);

  // Keyboard navigation skips what the filters hide.
  await visibleChart(page).locator('a.tl-event[tabindex="0"]').focus();
  const walked = [await focusedEvent(page)];
  for (let step = 1; step < laoEvents.length; step += 1) {
    await page.keyboard.press('ArrowRight');
    walked.push(await focusedEvent(page));
  }
  expect(walked).toEqual(laoEvents);

  // With filters applied and the detail panel open the page still passes axe.
  await expect(page.locator('[data-detail]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the URL hash selects an event, on load and when it changes', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/timeline/');
  const ids = await chartEventIds(page);
  const [first, second] = [ids[Math.floor(ids.length / 2)]!, ids[3]!];

  await page.goto(`/timeline/#event-${first}`);
  const selected = visibleChart(page).locator('a.tl-event.is-selected');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-event', first);
  await expect(selected).toHaveAttribute('tabindex', '0');
  await expect(page.locator(`li#event-${first}`)).toBeInViewport();

  await page.evaluate((id) => (window.location.hash = `#event-${id}`), second);
  await expect(selected).toHaveAttribute('data-event', second);
  // The tab stop moved with the selection.
  await expect(visibleChart(page).locator('a.tl-event[tabindex="0"]')).toHaveAttribute('data-event', second);

  // An event hidden by a filter is shown again when the hash names it.
  await page.getByRole('checkbox', { name: 'Party channel' }).uncheck();
  const party = await page.locator('li.event[data-category="party-channel"]').first().getAttribute('id');
  await page.evaluate((id) => (window.location.hash = `#${id}`), party!);
  await expect(visibleChart(page).locator(`a[data-event="${party!.replace('event-', '')}"]`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Party channel' })).toBeChecked();
});

test('labels in the rendered chart do not overlap with the fonts the browser uses', async ({ page }) => {
  for (const viewport of [WIDE, NARROW]) {
    await page.setViewportSize(viewport);
    await page.goto('/timeline/');
    const boxes = await visibleChart(page)
      .locator('.tl-label')
      .evaluateAll((labels) => labels.map((label) => (label as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(10);
    const overlapping: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, offset) => {
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlapping.push(`${i} × ${i + 1 + offset}`);
      }),
    );
    expect(overlapping).toEqual([]);
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline page has both charts, every link, the full list and no dead controls', async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto('/timeline/');
    await expect(page.locator('[data-chart] svg')).toHaveCount(2);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    const hrefs = await visibleChart(page).locator('a.tl-event').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const entries = page.locator('li.event');
    await expect(entries).toHaveCount(hrefs.length);
    for (const href of hrefs) await expect(page.locator(`li${href}`)).toHaveCount(1);
    // Every mark is in the tab order and opens its entry.
    const target = hrefs[5]!;
    await visibleChart(page).locator(`a[href="${target}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(`li${target}`)).toBeInViewport();
    // Entries link to their sources.
    await expect(page.locator(`li${target} .citations a[href^="/articles/"]`).first()).toBeVisible();
  });

  test('the narrow chart is there too, without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/timeline/');
    await expect(visibleChart(page)).toHaveClass(/timeline-vertical/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the compact chart on the home page links each event to the timeline page', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/');
  const links = visibleChart(page).locator('a.tl-event');
  expect(await links.count()).toBeGreaterThan(5);
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(/^\/timeline\/#event-[a-z0-9-]+$/);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.locator(`li${href!.slice('/timeline/'.length)}`)).toBeInViewport();
});

test('an article page lists the events that cite it, with a link to each on the timeline', async ({ page }) => {
  await page.goto('/articles/cna-vietnam-courting-north-korea/');
  const section = page.getByRole('region', { name: 'Events citing this source' });
  const entries = section.locator('li.event');
  expect(await entries.count()).toBeGreaterThan(0);
  for (const entry of await entries.all()) {
    await expect(entry.locator('.citations a[href="/articles/cna-vietnam-courting-north-korea/"], .accounts a[href="/articles/cna-vietnam-courting-north-korea/"]').first()).toBeAttached();
  }
  const show = entries.first().getByRole('link', { name: 'Show on the timeline' });
  await show.click();
  await expect(page).toHaveURL(/\/timeline\/#event-/);
});
