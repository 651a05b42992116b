/** The real content/ passes every check: the editors' chain from analysis back to source holds. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/integrity.ts';
import { checkContent } from '../../../src/node/check-content.ts';
import { copySite, PROJECT_ROOT, removeSite } from '../../support/site-copy.ts';

describe('the real content', () => {
  it('has no schema, reference, citation or duplicate-id problem', async () => {
    expect(formatProblems(await checkContent(PROJECT_ROOT))).toBe('');
  });

  it('holds the five source articles, each under its own slug', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'content/articles')).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(5);
    expect(new Set(files.map((name) => name.toLowerCase())).size).toBe(5);
  });
});

describe('npm run check on bad content', () => {
  it('prints file:line: field: message, and GitHub annotations with --github', async () => {
    const site = await copySite();
    await writeFile(join(site, 'content/events/checks-cli.yaml'), readFileSync(join(PROJECT_ROOT, 'content/events/ishiba-visits-vietnam.yaml'), 'utf8').replace(/^title: .*$/m, 'title: A\u200b visit'));
    const run = (...args: string[]) =>
      spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), [join(PROJECT_ROOT, 'src/node/check-content.ts'), site, ...args], { encoding: 'utf8' });
    const plain = run();
    const github = run('--github');
    await removeSite(site);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('content/events/checks-cli.yaml:1: title: Invisible character U+200B ZERO WIDTH SPACE at character 2');
    expect(plain.stdout).not.toContain('::error');
    expect(github.status).toBe(1);
    expect(github.stdout).toContain('::error file=content/events/checks-cli.yaml,line=1,title=title::Invisible character U+200B ZERO WIDTH SPACE at character 2');
  });
});
