/**
 * The tier map and its country pages in a real browser: tooltips on hover and focus, keyboard
 * access to every country, links, the view switch, the URL hash, and the page without JavaScript.
 * (Axe, console errors and 320 px checks run over every page in every-page.spec.ts.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

const map = (page: Page) => page.locator('svg.tier-map');
const chart = (page: Page) => page.locator('.affinity-grid');
const tooltip = (page: Page) => page.getByRole('tooltip');

/** Moves the mouse to the point the layout gives as the country's anchor (inside its shape). */
async function hoverCountry(link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  const [x, y] = await link.evaluate((element) => {
    const matrix = (element as SVGAElement).ownerSVGElement!.getScreenCTM()!;
    const point = new DOMPoint(Number(element.getAttribute('data-x')), Number(element.getAttribute('data-y'))).matrixTransform(matrix);
    return [point.x, point.y];
  });
  await link.page().mouse.move(x!, y!);
}

test.describe('the map page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/map/');
  });

  test('shows tier and rationale in a tooltip on hover, and hides it when the pointer leaves', async ({ page }) => {
    await hoverCountry(map(page).locator('[data-country="vnm"]'));
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText('Vietnam');
    await expect(tooltip(page)).toContainText('Tier One: party-channel partner');
    await expect(tooltip(page)).toContainText('party-to-party channels carry it past leadership changes');
    await page.mouse.move(2, 2);
    await expect(tooltip(page)).toBeHidden();
  });

  test('shows the tooltip on keyboard focus, describes the link with it, and Escape dismisses it', async ({ page }) => {
    await page.getByRole('radio', { name: 'The tiers on the map' }).focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('a.country:focus');
    await expect(focused).toHaveAttribute('data-country', 'brn');
    await expect(tooltip(page)).toContainText('Brunei');
    await expect(tooltip(page)).toContainText('Not discussed by the sources');
    const tooltipId = await tooltip(page).getAttribute('id');
    await expect(focused).toHaveAttribute('aria-describedby', tooltipId!);
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toBeHidden();
  });

  test('reaches every country in the data with the Tab key, in map order', async ({ page }) => {
    const expected = await map(page).locator('a.country').evaluateAll((links) => links.map((link) => link.getAttribute('data-country')));
    expect(expected).toHaveLength(17);
    await page.getByRole('radio', { name: 'The tiers on the map' }).focus();
    const reached: string[] = [];
    for (let index = 0; index < expected.length; index += 1) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-country'))) ?? '(left the map)');
    }
    expect(reached).toEqual(expected);
  });

  test('moves to the nearest country in the direction of each arrow key; Home and End go to the ends', async ({ page }) => {
    const focusedPoint = () =>
      page.evaluate(() => {
        const link = document.activeElement!;
        return { id: link.getAttribute('data-country'), x: Number(link.getAttribute('data-x')), y: Number(link.getAttribute('data-y')) };
      });
    await map(page).locator('[data-country="tha"]').focus();
    const moves = [
      ['ArrowRight', 'x', 1],
      ['ArrowDown', 'y', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowUp', 'y', -1],
    ] as const;
    for (const [key, axis, sign] of moves) {
      const from = await focusedPoint();
      await page.keyboard.press(key);
      const to = await focusedPoint();
      expect(to.id, `${key} from ${from.id}`).not.toBe(from.id);
      expect((to[axis] - from[axis]) * sign, `${key} from ${from.id} to ${to.id}`).toBeGreaterThan(0);
      await expect(tooltip(page)).toBeVisible();
    }
    await page.keyboard.press('End');
    await expect(page.locator('a.country:focus')).toHaveAttribute('data-country', 'usa');
    await page.keyboard.press('Home');
    await expect(page.locator('a.country:focus')).toHaveAttribute('data-country', 'brn');
    await expect(tooltip(page)).toContainText('Brunei');
  });

  for (const width of [320, 390, 768, 1280]) {
    test(`gives each tiny state a target of at least 24 × 24 px at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const id of ['sgp', 'brn', 'tls', 'usa']) {
        const box = (await map(page).locator(`[data-country="${id}"] circle.hit`).filter({ visible: true }).boundingBox())!;
        expect(Math.min(box.width, box.height), id).toBeGreaterThanOrEqual(24);
      }
    });
  }

  test('gives Singapore a visible marker with a target of at least 24 × 24 px that opens its page', async ({ page }) => {
    const singapore = map(page).locator('[data-country="sgp"]');
    await singapore.scrollIntoViewIfNeeded();
    await expect(singapore.locator('circle.marker')).toBeVisible();
    const box = (await singapore.locator('circle.hit').filter({ visible: true }).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/countries\/sgp\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Singapore');
  });

  test('clicking a country on the map opens its page', async ({ page }) => {
    await hoverCountry(map(page).locator('[data-country="idn"]'));
    await page.mouse.down();
    await page.mouse.up();
    await expect(page).toHaveURL(/\/countries\/idn\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Tier' })).toBeVisible();
    await expect(page.getByText('Tier Two: pragmatic middle')).toBeVisible();
  });

  test('switches between the map and the affinity × enforcement view', async ({ page }) => {
    await expect(map(page)).toBeVisible();
    await expect(chart(page)).toBeHidden();
    await page.getByRole('radio', { name: 'Affinity × enforcement' }).check();
    await expect(chart(page)).toBeVisible();
    await expect(map(page)).toBeHidden();
    // A labelled grid: each state is listed with its tier, no tooltip needed.
    await expect(chart(page).locator('li', { has: page.locator('[data-country="khm"]') })).toContainText('Tier One in form only');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'The tiers on the map' }).check();
    await expect(map(page)).toBeVisible();
    await expect(tooltip(page)).toBeHidden();
  });

  test('the table lists the eleven Southeast Asian states with tier, rationale and sources', async ({ page }) => {
    const rows = page.locator('table.tier-table tbody tr');
    await expect(rows).toHaveCount(11);
    const singapore = page.locator('#country-sgp');
    await expect(singapore.getByRole('rowheader')).toHaveText('Singapore');
    await expect(singapore).toContainText('Tier Three: shut out');
    await expect(singapore.getByRole('link', { name: 'Unnamed AI news site' })).toHaveAttribute('href', '/articles/north-korea-southeast-asian-diplomatic-tiers/');
  });

  test('passes axe with a tooltip open', async ({ page }) => {
    await hoverCountry(map(page).locator('[data-country="lao"]'));
    await expect(tooltip(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the URL hash selects a country and shows its tooltip', async ({ page }) => {
  await page.goto('/map/#country-tha');
  await expect(map(page).locator('[data-country="tha"]')).toHaveClass(/is-selected/);
  await expect(tooltip(page)).toContainText('Thailand');
  await expect(tooltip(page)).toContainText('No tier: enforcement gap');
  await page.evaluate(() => {
    window.location.hash = '#country-sgp';
  });
  await expect(map(page).locator('[data-country="sgp"]')).toHaveClass(/is-selected/);
  await expect(map(page).locator('[data-country="tha"]')).not.toHaveClass(/is-selected/);
  await expect(tooltip(page)).toContainText('Singapore');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows both views one under the other, every country as a link, and no switch', async ({ page }) => {
    await page.goto('/map/');
    await expect(map(page)).toBeVisible();
    await expect(chart(page)).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    const mapBox = (await map(page).boundingBox())!;
    const chartBox = (await chart(page).boundingBox())!;
    expect(chartBox.y).toBeGreaterThan(mapBox.y + mapBox.height);
    for (const id of ['brn', 'sgp', 'tls', 'prk', 'usa']) {
      await expect(map(page).locator(`a[data-country="${id}"]`)).toHaveAttribute('href', `/countries/${id}/`);
    }
    await expect(chart(page).locator('a.grid-country')).toHaveCount(11);
  });

  test('a link from a country page lands on its table row', async ({ page }) => {
    await page.goto('/countries/khm/');
    await page.getByRole('link', { name: 'Show Cambodia on the map' }).click();
    await expect(page).toHaveURL(/\/map\/#country-khm$/);
    await expect(page.locator('#country-khm')).toBeInViewport();
  });
});

test.describe('country pages', () => {
  test('a tiered state shows tier, sources, both variables, disagreements, articles, events and a locator map', async ({ page }) => {
    await page.goto('/countries/vnm/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnam');
    await expect(page.getByText('Tier One: party-channel partner', { exact: true })).toBeVisible();
    await expect(page.locator('.citations [data-citation="passage"]').first()).toHaveText('a ranking with Vietnam and Laos at the top');
    await expect(page.locator('.citations q').first()).toHaveText('two parties, two countries, two peoples');
    await expect(page.getByRole('heading', { name: /^Sanctions enforcement: Weak/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: "Who led Vietnam's delegation to the October 2025 anniversary?" })).toBeVisible();
    await expect(page.getByText('Nguyen Phu Trong, whom it identifies as General Secretary')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources that discuss Vietnam' }).locator('.card')).toHaveCount(5);
    await expect(page.locator('.event-list .event').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Locator map of Southeast Asia\. Vietnam is highlighted/ })).toBeVisible();
  });

  test('a state no source discusses says so and cites nothing', async ({ page }) => {
    await page.goto('/countries/tls/');
    await expect(page.getByText('Not discussed by the sources', { exact: true })).toBeVisible();
    await expect(page.locator('.citations')).toHaveCount(0);
    await expect(page.getByText('None of the sources lists Timor-Leste among the countries it discusses.')).toBeVisible();
    await expect(page.getByRole('img', { name: /Timor-Leste is highlighted and marked with a ring/ })).toBeVisible();
  });

  test('a context state is explained, with its place on the locator map', async ({ page }) => {
    await page.goto('/countries/prk/');
    await expect(page.getByText('is not a Southeast Asian state, so the tiers page’s sorting does not apply to')).toBeVisible();
    await expect(page.getByRole('img', { name: /North Korea is shown in the inset/ })).toBeVisible();
    await page.goto('/countries/usa/');
    await expect(page.getByRole('img', { name: /United States lies beyond this map/ })).toBeVisible();
  });
});

test('every map and grid carries a source line: whose tiers, attributed, and which boundaries', async ({ page }) => {
  for (const path of ['/', '/map/', '/countries/vnm/']) {
    await page.goto(path);
    const figures = page.locator('figure:has(svg.tier-map), figure:has(.affinity-grid), figure.locator');
    expect(await figures.count(), path).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const source = figure.locator('.chart-source');
      const kind = await figure.evaluate((element) => (element.classList.contains('locator') ? 'locator' : element.querySelector('svg') ? 'map' : 'grid'));
      if (kind !== 'grid') await expect(source, `${path} ${kind}`).toContainText('Natural Earth 1:50m (world-atlas)');
      // The locator shows no tiers; the others credit the article that proposes them.
      if (kind !== 'locator') await expect(source.locator('a'), `${path} ${kind}`).toHaveAttribute('href', '/articles/north-korea-southeast-asian-diplomatic-tiers/');
    }
  }
});
