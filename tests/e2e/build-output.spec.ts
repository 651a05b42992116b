/**
 * Checks of the build output that need no browser: HTML validity of every page, internal links
 * and fragments, and the same links in a build under a sub-path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlErrors } from '../support/html-validity.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/settings.ts';
import { findBrokenLinks } from '../support/link-check.ts';
import { PROJECT_ROOT } from '../support/site-copy.ts';
import { builtPages, DIST } from './site.ts';

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

test('a build under the sub-path /nk-sea/ has no broken links and no root-relative escapes', async () => {
  test.setTimeout(180_000);
  const outDir = mkdtempSync(join(tmpdir(), 'nk-sea-subpath-'));
  try {
    const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '/nk-sea/', SITE_URL: 'https://example.org', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(await findBrokenLinks(outDir, '/nk-sea/', 'https://example.org')).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
