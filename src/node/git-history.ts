/** Reads what `lastUpdated` needs from git; answers "unknown" where git or history is missing. */
import { spawnSync } from 'node:child_process';

function git(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

export function contentHistory(root: string, path = 'content'): { gitDate: string | undefined; shallow: boolean } {
  const gitDate = git(['log', '-1', '--format=%cI', '--', path], root) || undefined;
  const shallow = git(['rev-parse', '--is-shallow-repository'], root) !== 'false';
  return { gitDate, shallow };
}
