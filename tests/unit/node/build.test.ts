/** `npm run build` replaces dist/ only when the whole build succeeded. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFixture, copySite, exists, guardedBuild, PROJECT_ROOT, removeSite } from '../../support/site-copy.ts';

describe('guarded build', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
  });
  afterAll(() => removeSite(site));

  it('builds a good site into dist/ and leaves no staging folder', async () => {
    const { status, output } = guardedBuild(site);
    expect(status, output).toBe(0);
    expect(await exists(join(site, 'dist/index.html'))).toBe(true);
    expect(await exists(join(site, 'dist.staging'))).toBe(false);
  });

  it('keeps the previous dist/ untouched when a later build fails', async () => {
    const before = await readFile(join(site, 'dist/index.html'), 'utf8');
    await writeFile(join(site, 'dist/marker.txt'), 'from the good build');
    await applyFixture(site, join(PROJECT_ROOT, 'tests/fixtures/bad-content/citation-not-found'));

    const { status, output } = guardedBuild(site);

    expect(status).not.toBe(0);
    expect(output).toContain('the previous build in');
    expect(await readFile(join(site, 'dist/index.html'), 'utf8')).toBe(before);
    expect(await readFile(join(site, 'dist/marker.txt'), 'utf8')).toBe('from the good build');
    expect(await exists(join(site, 'dist.staging'))).toBe(false);
  });
});
