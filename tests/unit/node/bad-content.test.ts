/**
 * Each folder in tests/fixtures/bad-content holds one mistake an editor could make. Both the
 * fast checker (`npm run check`) and the real build (`npm run build`) must reject it, naming the
 * same file and field with the same reason; the checker with exactly one message (one mistake,
 * one message) and the line where it is.
 *
 * The check runs per case. A build takes seconds on shared cores, so cases whose build stops at
 * the same stage without disturbing each other share one copy (`build.group` in expected.json:
 * all file-name mistakes are caught before Astro starts, all cross-entry mistakes in one pass of
 * the integrity check); a case without a group is built alone (Astro stops at the first entry that
 * fails its schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLocatedProblems, type LocatedProblem } from '../../../src/lib/checks/report.ts';
import { checkContent } from '../../../src/node/check-content.ts';
import { applyFixture, copySite, guardedBuild, PROJECT_ROOT, removeSite, type CommandResult } from '../../support/site-copy.ts';

interface Expected {
  file: string;
  field: string;
  reason: string;
  /** The line the checker names (`file:line: field`), where the mistake is on one. */
  line?: number;
  build?: {
    /** Cases with the same group are built together in one copy. */
    group?: string;
    /** Where Astro's own wording differs from the checker's (e.g. a YAML syntax error). */
    field?: string;
    reason?: string;
  };
}

interface Case {
  name: string;
  dir: string;
  expected: Expected;
}

/** A day after every event of the real content and long before the fixtures' future ones. */
const TODAY = '2026-06-01';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad-content');
const cases: Case[] = readdirSync(FIXTURES)
  .sort()
  .map((name) => ({ name, dir: join(FIXTURES, name), expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected }));

describe.each(cases)('bad content: $name', ({ dir, expected }) => {
  let problems: LocatedProblem[];
  beforeAll(async () => {
    const site = await copySite();
    await applyFixture(site, dir);
    problems = await checkContent(site, { today: TODAY });
    await removeSite(site);
  });

  it('is rejected by the fast content check with file, line, field and reason, in one message', () => {
    const report = formatLocatedProblems(problems);
    expect(report.startsWith(`${expected.file}${expected.line ? `:${expected.line}` : ''}: ${expected.field}: `)).toBe(true);
    expect(report).toContain(expected.reason);
    expect(report.split('\n')).toHaveLength(1);
  });
});

const groups = new Map<string, Case[]>();
for (const item of cases) {
  const key = item.expected.build?.group ?? item.name;
  groups.set(key, [...(groups.get(key) ?? []), item]);
}

describe.each([...groups.entries()].map(([group, members]) => ({ group, members })))('bad content, built: $group', ({ members }) => {
  let result: CommandResult;
  beforeAll(async () => {
    const site = await copySite();
    for (const member of members) await applyFixture(site, member.dir);
    result = guardedBuild(site);
    await removeSite(site);
  });

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it.each(members)('names the file, field and reason of $name as the check does', ({ expected }) => {
    expect(result.output).toContain(expected.file.split('/').at(-1)!.replace(/\.(md|yaml)$/, ''));
    expect(result.output).toContain(expected.build?.field ?? expected.field);
    expect(result.output).toContain(expected.build?.reason ?? expected.reason);
  });
});
