/**
 * The timeline page in a browser: keyboard-only use, filters, the URL hash and permalinks, the
 * detail panel never covering the focused mark, the way back from an entry to the chart, page
 * height, widths from 320 to 1920 px, text sizes, print, the page without JavaScript, the compact
 * chart on the home page, and labels that do not collide with the fonts the browser really uses.
 * (Axe, one h1, 320 px and console errors: every-page.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { overlappingLabelsIn } from './label-boxes.ts';
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
  // Year groups with no event left are hidden, heading and all.
  for (const group of await page.locator('section.event-group').all()) {
    await expect(group).toBeVisible({ visible: (await group.locator('li.event:not([hidden])').count()) > 0 });
  }
  expect(await page.locator('section.event-group:visible').count()).toBeLessThan(await page.locator('section.event-group').count());

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
    const labels = await overlappingLabelsIn(visibleChart(page), '.tl-label, .tl-annotation, .tl-date');
    expect(labels.count).toBeGreaterThan(10);
    expect(labels.clashes).toEqual([]);
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
    // Entries link to their sources, one click away in the entry's details.
    const source = page.locator(`li${target} .citations a[href^="/articles/"]`).first();
    await expect(source).toBeHidden();
    await page.locator(`li${target} details.event-more > summary`).click();
    await expect(source).toBeVisible();
  });

  test('permalinks reach their entry, and the way back reaches the chart', async ({ page }) => {
    await page.setViewportSize(WIDE);
    for (const id of ['workers-party-of-korea-founded', 'wpk-80th-anniversary-parade']) {
      await page.goto(`/timeline/#event-${id}`);
      await expect(page.locator(`li#event-${id} .event-title`)).toBeInViewport();
      await page.locator(`li#event-${id}`).getByRole('link', { name: 'Back to the chart' }).click();
      await expect(page.locator('#chart-heading')).toBeInViewport();
    }
  });

  test('the page stays under 12,000 px at 1280 px', async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto('/timeline/');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);
  });

  test('the narrow chart is there too, without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/timeline/');
    await expect(visibleChart(page)).toHaveClass(/timeline-vertical/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the timeline page stays under 12,000 px at 1280 px and never scrolls sideways from 320 to 1920 px', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/timeline/');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);
  for (const path of ['/timeline/', '/']) {
    for (const width of [320, 390, 768, 1024, 1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});

test('chart text is at least 12 px on phones and 11.5 px on wide screens, and the home chart fills its column', async ({ page }) => {
  for (const [path, width, minimum] of [
    ['/timeline/', 320, 12],
    ['/timeline/', 390, 12],
    ['/timeline/', 1280, 11.5],
    ['/timeline/', 1100, 11.5],
    ['/', 320, 12],
    ['/', 1280, 11.5],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const smallest = await visibleChart(page).evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
    });
    expect(smallest, `${path} at ${width} px`).toBeGreaterThanOrEqual(minimum);
  }
  await page.setViewportSize(WIDE);
  await page.goto('/');
  const [chart, column] = await Promise.all([visibleChart(page).boundingBox(), page.locator('timeline-chart').boundingBox()]);
  expect(chart!.width).toBeGreaterThanOrEqual(column!.width - 1);
});

for (const [name, viewport, next] of [
  ['wide', { width: 1280, height: 700 }, 'ArrowRight'],
  ['narrow', { width: 390, height: 700 }, 'ArrowDown'],
] as const) {
  test(`${name}: the detail panel never covers the focused mark`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/timeline/');
    const ids = await chartEventIds(page);
    await visibleChart(page).locator('a.tl-event[tabindex="0"]').focus();
    const detail = page.locator('[data-detail]');
    const covered: string[] = [];
    for (let step = 0; step < ids.length; step += 1) {
      if (step > 0) await page.keyboard.press(next);
      await expect(detail).toBeVisible();
      const [mark, panel] = await page.evaluate(() => [
        (document.activeElement!.querySelector('.tl-hit') as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect,
        document.querySelector('[data-detail]')!.getBoundingClientRect().toJSON() as DOMRect,
      ]);
      if (mark.top < panel.bottom && panel.top < mark.bottom && mark.left < panel.right && panel.left < mark.right) covered.push(ids[step]!);
    }
    expect(covered).toEqual([]);
  });
}

test('an entry links back to its mark in the chart, and a permalink unfolds its entry', async ({ page }) => {
  for (const viewport of [WIDE, NARROW]) {
    await page.setViewportSize(viewport);
    const id = 'indonesian-foreign-minister-visits-pyongyang';
    await page.goto(`/timeline/#event-${id}`);
    const entry = page.locator(`li#event-${id}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('details.event-more')).toHaveAttribute('open', '');
    await entry.getByRole('link', { name: 'Back to the chart' }).click();
    expect(await focusedEvent(page)).toBe(id);
    const mark = visibleChart(page).locator(`a.tl-event[data-event="${id}"]`);
    await expect(mark).toBeInViewport();
    await expect(mark).toHaveAttribute('tabindex', '0');
    await expect(mark).toHaveClass(/is-selected/);
  }
});

test('print: the chart and the whole list print, the controls do not', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/timeline/');
  await visibleChart(page).locator('a.tl-event[tabindex="0"]').focus();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-filters')).toBeHidden();
  await expect(page.locator('[data-detail]')).toBeHidden();
  await expect(visibleChart(page)).toBeVisible();
  await expect(page.locator('li.event').first().locator('.citations')).toBeVisible();
  await expect(page.locator('li.event').last().locator('.event-summary')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the chart' }).first()).toBeHidden();
});

test('the chart names its sources and links its data', async ({ page }) => {
  await page.goto('/timeline/');
  const line = page.locator('.timeline-source');
  await expect(line).toContainText(/^Source: \d+ events as dated by the sources that report them/);
  // One link per article the entries cite, derived from the list rather than a fixed number.
  const cited = await page.locator('li.event .citations a[href^="/articles/"], li.event .accounts a[href^="/articles/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!.split('#')[0]))].sort());
  const named = await line.locator('a[href^="/articles/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort());
  expect(named).toEqual(cited);
  await expect(line.locator('a[href="/data/events.json"]')).toHaveCount(1);
  await expect(line.locator('a[href="/data/events.csv"]')).toHaveCount(1);
  await expect(page.locator('.timeline-axis-note')).toContainText('Lanes are categories, not countries');
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
  // The list is the article timeline's, in the page's rail (issue 12): each entry links to the
  // passage that mentions the event and to the event on the timeline.
  await page.goto('/articles/cna-vietnam-courting-north-korea/');
  const section = page.getByRole('region', { name: 'Events this source reports' });
  const entries = section.locator('li[data-event]');
  expect(await entries.count()).toBeGreaterThan(0);
  for (const entry of await entries.all()) {
    const passage = (await entry.getAttribute('data-passage'))!;
    await expect(entry.locator(`a[href="#${passage}"]`)).toHaveCount(1);
    await expect(page.locator(`.reading-text [id="${passage}"]`)).toHaveCount(1);
  }
  const show = entries.first().getByRole('link', { name: /^on the timeline/ });
  await show.click();
  await expect(page).toHaveURL(/\/timeline\/#event-/);
});
