/** Git history as the build sees it: a full clone answers, a shallow or missing history says so. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHistory } from '../../../src/node/git-history.ts';

const made: string[] = [];
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z', GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z' } });

function repoWithContentCommit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nk-sea-git-'));
  made.push(dir);
  git(dir, 'init', '-q');
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/a.yaml'), 'a: 1\n');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'content');
  return dir;
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('contentHistory', () => {
  it('reads the date of the last commit that touched content/', () => {
    expect(contentHistory(repoWithContentCommit())).toEqual({ gitDate: '2026-11-20T12:00:00Z'.replace('Z', '+00:00'), shallow: false });
  });

  it('reports a shallow clone as shallow', () => {
    const source = repoWithContentCommit();
    const clone = mkdtempSync(join(tmpdir(), 'nk-sea-shallow-'));
    made.push(clone);
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${source}`, clone);
    expect(contentHistory(clone).shallow).toBe(true);
  });

  it('answers "unknown" outside a repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'nk-sea-nogit-'));
    made.push(bare);
    expect(contentHistory(bare)).toEqual({ gitDate: undefined, shallow: true });
  });
});
