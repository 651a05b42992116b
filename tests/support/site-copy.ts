/**
 * Temporary copies of the site for tests that must break content on purpose. A copy shares
 * node_modules with the project (symlink) and gets fixture files laid over its `content/`.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, appendFile, mkdir, rename, rm, symlink, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public'];

/** Copies the site into a fresh temporary folder and returns its path. */
export async function copySite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nk-sea-site-'));
  for (const item of COPIED) await cp(join(PROJECT_ROOT, item), join(dir, item), { recursive: true });
  // Link each package, but give the copy its own caches: Astro keeps its content data store in
  // node_modules/.astro and Vite its dependency cache in node_modules/.vite.
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(PROJECT_ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(PROJECT_ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

async function filesUnder(folder: string): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) result.push(...(await filesUnder(path)));
    else result.push(path);
  }
  return result;
}

/**
 * Lays a fixture folder over the copy: `x.append` files are appended to `x`, `x.delete` files
 * delete `x`, `x.rename` renames `x` to the name the file holds, `x.symlink` makes `x` a symbolic
 * link to the path the file holds, every other file
 * replaces or adds `x`. `expected.json` is not copied.
 */
export async function applyFixture(siteDir: string, fixtureDir: string): Promise<void> {
  for (const file of await filesUnder(fixtureDir)) {
    const target = relative(fixtureDir, file);
    if (target === 'expected.json') continue;
    if (target.endsWith('.append')) {
      await appendFile(join(siteDir, target.slice(0, -'.append'.length)), await readFile(file));
    } else if (target.endsWith('.delete')) {
      await rm(join(siteDir, target.slice(0, -'.delete'.length)));
    } else if (target.endsWith('.rename')) {
      const from = join(siteDir, target.slice(0, -'.rename'.length));
      await rename(from, join(dirname(from), (await readFile(file, 'utf8')).trim()));
    } else if (target.endsWith('.symlink')) {
      await symlink((await readFile(file, 'utf8')).trim(), join(siteDir, target.slice(0, -'.symlink'.length)));
    } else {
      await mkdir(dirname(join(siteDir, target)), { recursive: true });
      await writeFile(join(siteDir, target), await readFile(file));
    }
  }
}

export interface CommandResult {
  status: number | null;
  output: string;
}

/** Runs the project's Astro (and therefore its Node) on the copy. */
export function buildSite(siteDir: string, args: string[] = []): CommandResult {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', ...args], {
    cwd: siteDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs the project's guarded build (`npm run build`) on the copy. */
export function guardedBuild(siteDir: string): CommandResult {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), [join(siteDir, 'src/node/build.ts')], {
    cwd: siteDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const exists = (path: string) => stat(path).then(() => true, () => false);

export const removeSite = (siteDir: string) => rm(siteDir, { recursive: true, force: true });
