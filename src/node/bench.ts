/**
 * `npm run bench`: builds the site, then prints for every page type the bytes a reader
 * downloads (HTML, CSS, JS, inline SVG; raw and gzip), and Lighthouse scores (mobile preset,
 * median of several runs) in Debian's chromium or CHROMIUM_PATH. Figures are printed, never
 * asserted: budgets are checked by reading the table (see BENCHMARKS.md).
 *
 *   node src/node/bench.ts [--runs 3] [--pages home,article] [--no-build] [--no-lighthouse]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { PAGE_TYPES } from '../lib/page-types.ts';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const dist = join(projectRoot, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const chromePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** One page per type; the 404 page is left out because the benchmark loads pages by folder (`<path>/index.html`). */
const onlyPages = args.includes('--pages') ? new Set(args[args.indexOf('--pages') + 1]?.split(',')) : undefined;
const BENCH_PAGES = PAGE_TYPES.filter(([type, path]) => path !== '/404.html' && (!onlyPages || onlyPages.has(type)));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function buildSite(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/node/build.ts')], { cwd: projectRoot, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('Build failed; run `npm run build` to see why.');
  return (performance.now() - started) / 1000;
}

interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
  svg: [number, number];
  /** Self-hosted web fonts (already compressed: gzip barely changes them). */
  font: [number, number];
  other: [number, number];
  total: [number, number];
}

/** Loads the page in a browser and sums every response by kind, raw and gzipped. */
async function pageWeight(url: string): Promise<Weight> {
  const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args: CHROME_FLAGS.slice(1) });
  const page = await browser.newPage();
  const bodies: { type: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    try {
      bodies.push({ type: response.headers()['content-type'] ?? '', body: await response.body() });
    } catch {
      // Redirects have no body.
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const html = await page.content();
  await browser.close();
  const weight: Weight = { html: [0, 0], css: [0, 0], js: [0, 0], svg: [0, 0], font: [0, 0], other: [0, 0], total: [0, 0] };
  const add = (key: keyof Weight, body: Buffer | string) => {
    const raw = Buffer.byteLength(body);
    const zipped = gzip(body);
    weight[key][0] += raw;
    weight[key][1] += zipped;
    if (key !== 'svg') {
      weight.total[0] += raw;
      weight.total[1] += zipped;
    }
  };
  for (const { type, body } of bodies) {
    if (type.includes('html')) add('html', body);
    else if (type.includes('css')) add('css', body);
    else if (type.includes('javascript')) add('js', body);
    else if (type.startsWith('font/')) add('font', body);
    else add('other', body);
  }
  // Inline SVG is part of the HTML bytes above; shown separately to see what the charts cost.
  for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) add('svg', svg);
  return weight;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({ ...(chromePath ? { chromePath } : {}), chromeFlags: CHROME_FLAGS });
  const samples: Record<string, number[]> = {};
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      for (const [id, category] of Object.entries(result?.lhr.categories ?? {})) {
        (samples[id] ??= []).push(Math.round((category.score ?? 0) * 100));
      }
      // The paint metrics explain a performance score below 100 (simulated slow 4G, in ms).
      for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index']) {
        (samples[metric] ??= []).push(Math.round(result?.lhr.audits[metric]?.numericValue ?? Number.NaN));
      }
    }
  } finally {
    chrome.kill();
  }
  return Object.fromEntries(Object.entries(samples).map(([id, values]) => [id, median(values)]));
}

const buildSeconds = args.includes('--no-build') ? undefined : buildSite();
// BENCH_PORT lets several checkouts benchmark on one machine at once.
const port = Number(process.env['BENCH_PORT'] ?? 4399);
const server = await startStaticServer(dist, port);
const rows: string[] = [];
try {
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}`);
  if (buildSeconds !== undefined) console.log(`Build (astro build + pagefind): ${buildSeconds.toFixed(1)} s`);
  console.log('');
  const header = '| page | HTML KB raw/gz | CSS KB raw/gz | JS KB raw/gz | inline SVG KB raw/gz | fonts KB | total transfer KB raw/gz | perf | a11y | best pr. | SEO | FCP / LCP / SI ms |';
  rows.push(header, '|---|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  for (const [type, path] of BENCH_PAGES) {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) continue;
    const url = `http://127.0.0.1:${port}${path}`;
    const weight = await pageWeight(url);
    const scores = args.includes('--no-lighthouse') ? {} : await lighthouseScores(url);
    const pair = ([raw, zipped]: [number, number]) => `${kb(raw)} / ${kb(zipped)}`;
    const score = (id: string) => (scores[id] === undefined ? '–' : String(scores[id]));
    rows.push(
      `| ${type} | ${pair(weight.html)} | ${pair(weight.css)} | ${pair(weight.js)} | ${pair(weight.svg)} | ${kb(weight.font[0])} | ${pair(weight.total)} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${score('first-contentful-paint')} / ${score('largest-contentful-paint')} / ${score('speed-index')} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  server.close();
}
console.log(`\nLighthouse: mobile preset, median of ${runs} runs. Transfer sizes are gzip -9 of each response.`);
