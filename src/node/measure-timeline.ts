/**
 * Prints the weight of the built timeline page: the HTML (raw and gzip), each inline chart SVG
 * (raw and gzip on its own), the JavaScript and CSS files the page loads, and — in Debian's
 * chromium or CHROMIUM_PATH — the page's height at 390 and 1280 px. Figures are printed, not
 * asserted.
 *
 *   npm run build && npm run measure:timeline [-- distFolder [page]]
 *
 * Set BASE_PATH as for the build when the site was built under a sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteSettings } from '../lib/settings.ts';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface TimelineWeights {
  html: Weight;
  svgs: { chart: string; weight: Weight }[];
  scripts: { file: string; weight: Weight }[];
  styles: { file: string; weight: Weight }[];
}

const weigh = (text: string | Buffer): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

/** Measures a built page: pure apart from reading the page's own assets from `dist`. */
export function measurePage(dist: string, html: string, base = '/'): TimelineWeights {
  // A page's `src`/`href` is the file's path under `dist` with the base path in front.
  const assetPath = (url: string): string => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const svgs = [...html.matchAll(/<svg [^>]*class="timeline-svg ([^"]+)"[^]*?<\/svg>/g)].map((match) => ({ chart: match[1]!, weight: weigh(match[0]) }));
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => ({ file: match[1]!, weight: weigh(readFileSync(assetPath(match[1]!))) }));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([^]*?)<\/script>/g)].map((match) => match[1]!).filter((code) => code.trim() !== '');
  if (inline.length > 0) scripts.push({ file: '(inline scripts)', weight: weigh(inline.join('\n')) });
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => ({ file: match[1]!, weight: weigh(readFileSync(assetPath(match[1]!))) }));
  return { html: weigh(html), svgs, scripts, styles };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fileName = (url: string) => url.split('/').at(-1)!;
const line = (label: string, weight: Weight) => `${label.padEnd(50)} ${kb(weight.raw).padStart(9)} raw ${kb(weight.gzip).padStart(9)} gzip`;

export function formatWeights(page: string, weights: TimelineWeights): string {
  const total = (items: { weight: Weight }[]): Weight => ({
    raw: items.reduce((sum, item) => sum + item.weight.raw, 0),
    gzip: items.reduce((sum, item) => sum + item.weight.gzip, 0),
  });
  return [
    `Timeline page weight (${page})`,
    line('HTML', weights.html),
    ...weights.svgs.map((svg) => line(`  inline SVG: ${svg.chart}`, svg.weight)),
    ...weights.scripts.map((script) => line(`JS ${fileName(script.file)}`, script.weight)),
    line('JS total', total(weights.scripts)),
    ...weights.styles.map((style) => line(`CSS ${fileName(style.file)}`, style.weight)),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const page = process.argv[3] ?? 'timeline/index.html';
  let html: string;
  try {
    html = readFileSync(join(dist, page), 'utf8');
  } catch {
    console.error(`Cannot read ${join(dist, page)}: run "npm run build" first.`);
    process.exit(1);
  }
  const { base } = siteSettings(process.env);
  console.log(formatWeights(page, measurePage(dist, html, base)));
  console.log(await pageHeights(dist, base, page));
}

/** The page's height at a phone's and a desktop's width, in a real browser; a note when there is none. */
async function pageHeights(dist: string, base: string, page: string): Promise<string> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!executablePath) return 'Page height: no chromium found (set CHROMIUM_PATH).';
  const [{ chromium }, { startStaticServer }] = await Promise.all([import('@playwright/test'), import('./static-server.ts')]);
  const port = Number(process.env['MEASURE_PORT'] ?? 4398);
  const server = await startStaticServer(dist, port, base);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    const heights: string[] = [];
    for (const width of [390, 1280]) {
      await tab.setViewportSize({ width, height: 900 });
      await tab.goto(`http://127.0.0.1:${port}${base}${page.replace(/index\.html$/, '')}`);
      heights.push(`${width} px wide: ${await tab.evaluate(() => document.documentElement.scrollHeight)} px`);
    }
    return `Page height: ${heights.join(', ')}`;
  } finally {
    await browser.close();
    server.close();
  }
}
