/**
 * Checks of the build output that need no browser: HTML validity of every page, internal links
 * and fragments, and the same links in a build under a sub-path.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlErrors } from '../support/html-validity.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/settings.ts';
import { startStaticServer } from '../../src/node/static-server.ts';
import { findBrokenLinks } from '../support/link-check.ts';
import { PROJECT_ROOT } from '../support/site-copy.ts';
import { builtPages, DIST } from './site.ts';

const SUBPATH_PORT = Number(process.env['E2E_PORT'] ?? 4329) + 50;

test.describe('HTML validity', () => {
  for (const path of builtPages()) {
    test(`${path} has no html-validate errors`, async () => {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      expect(await htmlErrors(file)).toEqual([]);
    });
  }
});

test('every internal link and fragment in the build resolves', async () => {
  expect(await findBrokenLinks(DIST, '/', PLACEHOLDER_SITE_URL)).toEqual([]);
});

test.describe('a build under the sub-path /nk-sea/', () => {
  test.describe.configure({ mode: 'serial' });
  const outDir = join(tmpdir(), `nk-sea-subpath-${process.pid}`);
  let server: Server;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    rmSync(outDir, { recursive: true, force: true });
    // The guarded build, as deployers run it, including the search index.
    const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), [join(PROJECT_ROOT, 'src/node/build.ts'), outDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '/nk-sea/', SITE_URL: 'https://example.org', REPO_URL: 'https://github.com/example/nk-sea', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    server = await startStaticServer(outDir, SUBPATH_PORT, '/nk-sea/');
  });

  test.afterAll(() => {
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('has no broken links and no root-relative escapes', async () => {
    expect(await findBrokenLinks(outDir, '/nk-sea/', 'https://example.org')).toEqual([]);
  });

  test('serves pages, styles, scripts and search from the sub-path', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/nk-sea/')) outside.push(request.url());
    });
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/nk-sea/search/?q=Kansai`);
    await expect(page.locator('[data-search-results] a[href^="/nk-sea/articles/"]').first()).toBeVisible();
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.filter((href) => !href?.startsWith('/nk-sea/'))).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('printed link addresses are the deployed ones, site and sub-path included', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/nk-sea/articles/cna-vietnam-courting-north-korea/`);
    const addresses = await page.locator('.print-links li').allTextContents();
    const internal = addresses.filter((address) => address.startsWith('https://example.org/'));
    expect(internal.length).toBeGreaterThan(5);
    expect(internal.filter((address) => !address.startsWith('https://example.org/nk-sea/'))).toEqual([]);
    expect(internal).toContain('https://example.org/nk-sea/analysis/');
  });

  test('content pages link to their file in the repository', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/nk-sea/articles/cna-vietnam-courting-north-korea/`);
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      'https://github.com/example/nk-sea/edit/main/content/articles/cna-vietnam-courting-north-korea.md',
    );
  });
});
