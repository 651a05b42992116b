/**
 * `npm run bench:scale`: builds copies of the site with synthetic content — the real entries
 * cloned until there are 100 and 1,000 articles, with events and every other file-per-entry
 * collection scaled in proportion (claims excepted: they compare exactly the five real articles,
 * and their passage markers are rendered on those five pages only) — and prints build time and peak memory per
 * size, so growth is visible. The copies live in a temporary folder and are deleted.
 *
 *   node src/node/bench-scale.ts [sizes…]      default sizes: 5 100 1000
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { COLLECTION_SOURCES } from '../schemas/collections.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ARTICLE_DIR = COLLECTION_SOURCES.articles.path;

/** Copies the site and clones content so that there are `articleCount` articles. */
async function syntheticSite(articleCount: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `nk-sea-scale-${articleCount}-`));
  for (const item of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'content', 'public']) {
    await cp(join(projectRoot, item), join(dir, item), { recursive: true });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') await symlink(join(projectRoot, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const articles = (await readdir(join(projectRoot, ARTICLE_DIR))).filter((name) => name.endsWith('.md'));
  const copies = Math.ceil(articleCount / articles.length) - 1;
  const articleIds = articles.map((name) => basename(name, '.md'));
  const renameArticles = (text: string, copy: number) =>
    articleIds.reduce((result, id) => result.replaceAll(id, `${id}-copy-${copy}`), text);
  let made = articles.length;
  for (let copy = 1; copy <= copies && made < articleCount; copy++) {
    for (const name of articles) {
      if (made >= articleCount) break;
      const text = await readFile(join(projectRoot, ARTICLE_DIR, name), 'utf8');
      await writeFile(join(dir, ARTICLE_DIR, `${basename(name, '.md')}-copy-${copy}.md`), text);
      made++;
    }
    for (const source of Object.values(COLLECTION_SOURCES)) {
      // Claims cite the real articles only, so they are not cloned; the copies show as not yet compared.
      if (source.kind !== 'yaml-files' || source === COLLECTION_SOURCES.claims) continue;
      const folder = join(projectRoot, source.path);
      for (const name of (await readdir(folder)).filter((file) => extname(file) === '.yaml')) {
        const text = await readFile(join(folder, name), 'utf8');
        await writeFile(join(dir, source.path, `${basename(name, '.yaml')}-copy-${copy}.yaml`), renameArticles(text, copy));
      }
    }
  }
  return dir;
}

/** Runs `astro build`, sampling the process's peak resident memory (VmHWM) until it exits. */
function timedBuild(dir: string): Promise<{ seconds: number; peakMiB: number; ok: boolean }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let peakKiB = 0;
    const sample = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // The process has just exited.
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sample);
      done({ seconds: (performance.now() - started) / 1000, peakMiB: peakKiB / 1024, ok: code === 0 });
    });
  });
}

console.log('| articles | entries in all collections | build s | peak MiB | s per 100 articles |');
console.log('|---|---|---|---|---|');
for (const size of sizes.length > 0 ? sizes : [5, 100, 1000]) {
  const dir = await syntheticSite(size);
  let entries = 0;
  for (const source of Object.values(COLLECTION_SOURCES)) {
    if (source.kind !== 'yaml-list') entries += (await readdir(join(dir, source.path))).length;
  }
  const { seconds, peakMiB, ok } = await timedBuild(dir);
  console.log(`| ${size} | ${entries} | ${ok ? seconds.toFixed(1) : 'FAILED'} | ${peakMiB.toFixed(0)} | ${((seconds / size) * 100).toFixed(2)} |`);
  await rm(dir, { recursive: true, force: true });
}
