/**
 * End-to-end tests against the built site in `dist/`, served by a plain static server.
 * On machines with Debian's chromium (or CHROMIUM_PATH set) that browser is used; elsewhere
 * Playwright's own Chromium.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list'], ['json', { outputFile: '../reports/playwright.json' }]],
  // Screenshot baselines (visual.spec.ts) in their own folder, without the platform in the name:
  // the fonts are self-hosted, so one set holds on any machine.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: {
    toHaveScreenshot: {
      // Up to 1 % of pixels may differ: enough for anti-aliasing and sub-pixel text rendering
      // between Chromium builds and GPUs, far too little to hide a moved label, a lost column or
      // a colour change (any of which changes several per cent of a first screen).
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    command: `node src/node/static-server.ts dist ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
