/**
 * Visual regression: the first screen of one page of each type at phone (390 px) and desktop
 * (1280 px) width, light and dark, compared with committed baselines in
 * tests/e2e/__screenshots__/visual.spec.ts/ (tolerance and settings in playwright.config.ts).
 * Fonts are self-hosted, so the baselines hold on any machine with the project's Chromium;
 * animations and the caret are off, and the page waits for its fonts before the shot.
 *
 * Content and the timeline change often: after merging, regenerate the baselines with
 *   npm run build && E2E_PORT=4336 TZ=UTC npx playwright test --config tests/playwright.config.ts visual --update-snapshots
 * and look at the changed images before committing them.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';


const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${viewport.width} px, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width: viewport.width, height: viewport.height } });
      for (const [name, path] of PAGE_TYPES) {
        test(`${name} looks as it did`, async ({ page }) => {
          await page.goto(path);
          await page.evaluate(() => document.fonts.ready);
          // The last-updated day follows the repository's history, not the design.
          const mask = [page.locator('main time').filter({ hasText: /\d{4}$/ }).first()];
          await expect(page).toHaveScreenshot(`${name}-${viewport.width}-${colorScheme}.png`, { mask });
        });
      }
    });
  }
}

test('the phone menu, open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/map/');
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.site-menu > summary').click();
  await expect(page).toHaveScreenshot('menu-390-light.png');
});
