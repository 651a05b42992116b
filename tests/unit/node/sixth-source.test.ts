/**
 * Sources are an open set: a sixth article added as an editor would (one Markdown file, no claim
 * touched) passes the content check with a warning per claim (an error with --strict), builds,
 * and the site says honestly what is not yet compared — in the matrix, on every claim page, in the
 * small multiples and in the downloads — with the source counted from content, not assumed, in
 * the site's own copy too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFixture, buildSite, copySite, PROJECT_ROOT, removeSite, type CommandResult } from '../../support/site-copy.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sixth-source');
const SIXTH = 'sixth-source-fixture';
const CLAIM_IDS = readdirSync(join(PROJECT_ROOT, 'content/claims')).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));

/** A page's visible text, roughly: tags dropped, white space collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const check = (siteDir: string, args: string[] = []): CommandResult => {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), [join(siteDir, 'src/node/check-content.ts'), ...args, siteDir], { cwd: siteDir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe('a sixth source added by pull request', () => {
  let siteDir: string;
  let build: CommandResult;
  const page = (path: string) => readFileSync(join(siteDir, 'dist', path), 'utf8');

  beforeAll(async () => {
    siteDir = await copySite();
    await applyFixture(siteDir, FIXTURE);
    build = buildSite(siteDir);
  }, 240_000);

  afterAll(() => removeSite(siteDir));

  it('passes the content check, listing every claim that still needs its stance; fails it with --strict', () => {
    const relaxed = check(siteDir);
    expect(relaxed.status, relaxed.output).toBe(0);
    expect(relaxed.output).toContain(`Warning: ${CLAIM_IDS.length} claims not yet compared with every source.`);
    expect(relaxed.output).toContain(`content/claims/to-lam-is-a-man.yaml: stances: not yet compared with "${SIXTH}".`);
    const strict = check(siteDir, ['--strict']);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain('(--strict)');
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows a sixth column headed by its short name, pending on every claim, and counts six sources', () => {
    const analysis = page('analysis/index.html');
    expect(analysis).toContain('How the six texts compare');
    expect(analysis).toMatch(new RegExp(`data-article="${SIXTH}"[^>]*><a href="/articles/${SIXTH}/"[^>]*>Sixth</a>`));
    expect(analysis.match(/glyph-pending/g)?.length).toBeGreaterThanOrEqual(CLAIM_IDS.length);
    expect(analysis).toContain(`Not yet compared: Sixth on ${CLAIM_IDS.length} of ${CLAIM_IDS.length} claims`);
    expect(analysis).toContain(`Sixth: asserts 0, qualifies 0, contradicts 0, in error 0, only it makes 0`);
    expect(analysis).toContain(`not yet compared on ${CLAIM_IDS.length}`);
  });

  it('counts six sources in the site’s copy and says "five" of the sources nowhere but in the corrections log', () => {
    // The log quotes what the site said before, word for word; every other page speaks of the sources as they are.
    const pages = (readdirSync(join(siteDir, 'dist'), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((path) => path.endsWith('.html') && !path.startsWith('corrections/'));
    expect(pages.length).toBeGreaterThan(CLAIM_IDS.length);
    const fiveOfTheSources = /\bfive (published )?(sources|texts)\b/i;
    const offending = pages.filter((path) => {
      const html = page(path);
      return fiveOfTheSources.test(html) || fiveOfTheSources.test(textOf(html));
    });
    expect(offending).toEqual([]);
    const home = textOf(page('index.html'));
    expect(home).toContain('North Korea courts Southeast Asia: six texts compared');
    expect(home).toContain('Six texts tell the story');
    expect(textOf(page('method/index.html'))).toContain('This site compares six texts on one story claim by claim.');
    expect(textOf(page('articles/index.html'))).toContain('Six texts, from a copy of');
  });

  it('says so on each claim page and in the downloads', () => {
    const claimPage = page('claims/to-lam-is-a-man/index.html');
    expect(claimPage).toMatch(new RegExp(`data-article="${SIXTH}" data-state="pending"`));
    expect(claimPage).toContain('its stance has not been recorded yet');
    const claims = JSON.parse(page('data/claims.json')) as { articles: { id: string }[]; claims: { pending: string[] }[] };
    expect(claims.articles.map((article) => article.id)).toContain(SIXTH);
    expect(claims.claims.every((claim) => claim.pending.includes(SIXTH))).toBe(true);
    const csvHeader = page('data/claims-matrix.csv').split('\n')[0]!;
    expect(csvHeader.split(',')).toContain(SIXTH);
    expect(page('data/claims-matrix.csv')).toContain('not-yet-compared');
    const descriptor = JSON.parse(page('data/datapackage.json')) as { resources: { name: string; schema?: { fields: { name: string }[] } }[] };
    const matrix = descriptor.resources.find((resource) => resource.name === 'claims-matrix')!;
    expect(matrix.schema!.fields.map((field) => field.name).join(',')).toBe(csvHeader);
  });
});
