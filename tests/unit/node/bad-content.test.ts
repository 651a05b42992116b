/**
 * Each folder in tests/fixtures/bad-content holds one mistake an editor could make. Both the
 * fast checker (`npm run check`) and the real build must reject it and name the file, the field
 * and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/node/check-content.ts';
import { formatProblems } from '../../../src/lib/integrity.ts';
import { applyFixture, buildSite, copySite, PROJECT_ROOT, removeSite } from '../../support/site-copy.ts';

interface Expected {
  file: string;
  field: string;
  reason: string;
  /** Where Astro's own wording differs from the checker's (e.g. a YAML syntax error). */
  build?: { field: string; reason: string };
}

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad-content');
const cases = readdirSync(FIXTURES).sort().map((name) => ({
  name,
  dir: join(FIXTURES, name),
  expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected,
}));

describe.each(cases)('bad content: $name', ({ dir, expected }) => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    await applyFixture(site, dir);
  });
  afterAll(() => removeSite(site));

  it('is rejected by the fast content check with file, field and reason', async () => {
    const report = formatProblems(await checkContent(site));
    expect(report).toContain(`${expected.file}: ${expected.field}`);
    expect(report).toContain(expected.reason);
  });

  it('fails the build with file, field and reason', () => {
    const { status, output } = buildSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain(expected.file.split('/').at(-1)!.replace(/\.(md|yaml)$/, ''));
    expect(output).toContain(expected.build?.field ?? expected.field);
    expect(output).toContain(expected.build?.reason ?? expected.reason);
  });
});
