/**
 * Visual regression of every chart, whole, wherever it sits on its page (the page baselines in
 * visual.spec.ts cover only the first screen): phone and desktop width, light and dark, against
 * committed baselines in tests/e2e/__screenshots__/visual-charts.spec.ts/. Same tolerance and
 * regeneration command as visual.spec.ts.
 */
import { expect, test } from '@playwright/test';

/** Each chart: a name for its baseline, the page it is on, and the element that holds it. The affinity grid is the map page's second view, picked with its radio button. */
const CHARTS = [
  ['home-timeline', '/', 'timeline-chart .timeline-charts'],
  ['home-map', '/', 'figure.map-figure'],
  ['timeline', '/timeline/', 'timeline-chart .timeline-charts'],
  ['tier-map', '/map/', 'figure.map-figure'],
  ['affinity-grid', '/map/', 'figure.affinity-figure'],
  ['lineage', '/articles/', 'figure.lineage-figure'],
  ['article-map', '/articles/north-korea-southeast-asian-diplomatic-tiers/', 'figure.article-map'],
  ['article-record', '/articles/north-korea-southeast-asian-diplomatic-tiers/', 'figure.source-record'],
  ['article-timeline', '/articles/north-korea-southeast-asian-diplomatic-tiers/', 'figure.article-timeline'],
  ['source-fares', '/analysis/', 'section[aria-labelledby="fares-heading"]'],
  ['claim-matrix', '/analysis/', 'table.dot-matrix'],
  ['country-locator', '/countries/vnm/', 'figure.locator'],
] as const;

const WIDTHS = [390, 1280] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of WIDTHS) {
    test.describe(`charts at ${width} px, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const [name, path, selector] of CHARTS) {
        test(`${name} looks as it did`, async ({ page }) => {
          await page.goto(path);
          await page.evaluate(() => document.fonts.ready);
          if (name === 'affinity-grid') await page.locator('input[type="radio"][value="affinity"]').check();
          const chart = page.locator(selector).first();
          await expect(chart).toBeVisible();
          await expect(chart).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`);
        });
      }
    });
  }
}
