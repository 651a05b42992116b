/**
 * `npm run build`: builds into a staging folder and replaces `dist/` only when the whole build
 * succeeded, so a failed build never leaves a half-built site where a good one was. Content file
 * names and article images are checked first (`src/node/content-files.ts`), and the font is
 * subset to the content's characters (`src/node/font-subset.ts`).
 *
 *   node src/node/build.ts [outDir]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatLocatedProblems } from '../lib/checks/report.ts';
import { checkArticleImages, checkContentFiles } from './content-files.ts';
import { writeSubsetFont } from './font-subset.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const outDir = resolve(projectRoot, process.argv[2] ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const unchanged = () => (existsSync(outDir) ? `the previous build in ${outDir} is unchanged` : 'nothing was written');

// Astro's loaders skip a misnamed content file (`x.MD`, `x.yml`, a hidden file) without a word,
// and stop on a missing image without naming the article: both are checked before Astro starts.
const fileProblems = [...(await checkContentFiles(projectRoot)), ...(await checkArticleImages(projectRoot))];
if (fileProblems.length > 0) {
  console.error(`Content files: ${fileProblems.length} problem${fileProblems.length === 1 ? '' : 's'}.\n${formatLocatedProblems(fileProblems)}`);
  console.error(`\nBuild failed; ${unchanged()}.`);
  process.exit(1);
}

// The font is cut down to the characters the content uses, so new content brings its glyphs.
const fontFiles = await writeSubsetFont();
if (fontFiles.length > 0) console.log(`Font subset rewritten for new characters: ${fontFiles.join(', ')} (commit src/styles/fonts/).`);

await rm(staging, { recursive: true, force: true });
const astro = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', staging], {
  cwd: projectRoot,
  stdio: 'inherit',
});
// The search index is part of the site: a build without it is a failed build.
const pagefind =
  astro.status === 0
    ? spawnSync(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', staging, '--silent'], { cwd: projectRoot, stdio: 'inherit' })
    : undefined;
if (astro.status !== 0 || pagefind?.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${unchanged()}.`);
  process.exit(astro.status || pagefind?.status || 1);
}
await rm(previous, { recursive: true, force: true });
if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`Site built into ${outDir}.`);
